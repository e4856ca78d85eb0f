; Inno Setup 6 script: the Windows installer for the one-folder PyInstaller bundle.
;
; Build the bundle first, then the installer, on Windows with Inno Setup 6 installed:
;   python packaging\build.py --installer
; which runs, with the version read from the package (its one source of truth):
;   iscc /DAppVersion=X.Y.Z /DIconFile=...\org.factcheckworkbench.Workbench.ico packaging\windows\workbench.iss
;
; It installs per user by default (no administrator rights; the user may choose "all users"),
; adds a Start-menu entry, makes Fact-check Workbench the owner of .factcheck files (double-click
; opens them; Explorer shows the icon) and registers the uninstaller in Settings > Apps.
; The association follows the "HKA" example of Inno Setup's [Registry] section documentation.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z workbench.iss (packaging/build.py --installer does)
#endif
#define AppName "Fact-check Workbench"
#define AppExe "workbench.exe"
#define ProgId "FactCheckWorkbench.Project"
#ifndef SourceDir
  #define SourceDir "..\..\dist\workbench"
#endif

[Setup]
AppId=org.factcheckworkbench.Workbench
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Fact-check Workbench developers
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=fact-check-workbench-{#AppVersion}-windows-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .factcheck -> our ProgID (we own the type), and listed under "Open with".
Root: HKA; Subkey: "Software\Classes\.factcheck"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.factcheck"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-factcheck"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.factcheck\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Fact-check Workbench project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".factcheck"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
