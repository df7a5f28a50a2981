; Inno Setup script for LoyaltyDesk: installs the PyInstaller folder built by build-windows.ps1.
; build-windows.ps1 passes AppVersion, SourceDir, OutputDir and RootDir with /D.
; Installs for the current user by default (no administrator needed); the data folder in
; %LOCALAPPDATA%\LoyaltyDesk is never touched by the installer or the uninstaller.

#ifndef AppVersion
  #error Pass /DAppVersion=... (build-windows.ps1 does)
#endif
#define AppName "LoyaltyDesk"
#define AppExe "LoyaltyDesk.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{16C6ADA3-068C-4CA0-9985-A98C5FF9F00C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LoyaltyDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#RootDir}\LICENSE
SetupIconFile={#RootDir}\packaging\windows\loyaltydesk.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
