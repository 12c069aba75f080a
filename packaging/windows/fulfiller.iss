; Inno Setup 6.3+ script for Fulfiller: a per-user installer (no administrator rights needed).
;
; *** UNTESTED: written on Linux, where neither PyInstaller's Windows build nor Inno Setup can run.
; *** Build it on Windows and try install, start, uninstall before shipping.
;
; On Windows, from the repository root (PowerShell):
;   .venv\Scripts\python -m pip install -e ".[packaging]"
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean packaging\fulfiller.spec
;   & "$env:ProgramFiles (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\fulfiller.iss
; Output: dist\fulfiller-<version>-windows-x64-setup.exe
;
; What it does:
;   - installs dist\fulfiller\ into %LOCALAPPDATA%\Programs\Fulfiller (per user, {autopf} with
;     PrivilegesRequired=lowest);
;   - Start-menu shortcut to fulfiller.exe (the windowed program), optional desktop shortcut;
;   - an uninstaller (Settings > Apps). Uninstalling removes the program folder only: the user's
;     databases, settings and backups live in %LOCALAPPDATA%\Fulfiller (platformdirs), a different
;     folder, and are kept on purpose;
;   - no file associations: .sqlite files are NOT associated with Fulfiller (they are generic
;     SQLite files; opening one by double-click could run migrations on another program's database).
;   fulfiller-cli.exe (console) is installed beside fulfiller.exe; it is not put on PATH.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Fulfiller"
#define AppExe "fulfiller.exe"
; Paths are relative to this file's folder (SourceDir below is the repository root).
#define DistDir "dist\fulfiller"

[Setup]
; Keep AppId unchanged across versions: it is how upgrades and the uninstaller find the install.
AppId={{6F3C2B1E-8D4A-4C1F-9B7E-2A5D9E0C4F81}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=fulfiller-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\icons\fulfiller.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Per-user install: {autopf} resolves to %LOCALAPPDATA%\Programs, shortcuts go to the user's menus.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; PySide6 6.12 wheels are 64-bit and need Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
ChangesAssociations=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Fulfiller before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is among Inno Setup's unofficial translations: add its ChineseSimplified.isl
; here if the installer should speak Chinese (the app itself has a zh_CN translation).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: fulfiller.exe, fulfiller-cli.exe and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep modules or migrations that the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (e.g. __pycache__ left by Python); never the data folder.
Type: filesandordirs; Name: "{app}\_internal"
