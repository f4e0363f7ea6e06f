; Inno Setup 6 script: the Windows installer for Nødkopi (per-machine).
; Build on Windows after `pyinstaller packaging\noedkopi.spec` produced dist\noedkopi\:
;   iscc /DAppVersion=0.1.0 packaging\windows\noedkopi.iss
; See packaging\windows\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Nødkopi"
#define AppExe "continuity-app.exe"

[Setup]
AppId={{6A1C3E52-7D0B-4F7E-9C1F-5B1E4D2A9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Lemvig Kommune, Digitalisering & IT
VersionInfoVersion={#AppVersion}
; Per-machine install in a fixed place: the scheduled task's command names it.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\Noedkopi
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\..\resources\icons\noedkopi.ico
OutputDir=..\..\dist
OutputBaseFilename=Noedkopi-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\noedkopi\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "noedkopi-sync-task.xml"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Nødkopi af medicinlister og kørelister"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
; The scheduled sync for every user of the laptop (each user's client home is under %LOCALAPPDATA%\Noedkopi).
Filename: "{sys}\schtasks.exe"; Parameters: "/Create /TN ""Noedkopi\Sync"" /XML ""{app}\noedkopi-sync-task.xml"" /F"; Flags: runhidden waituntilterminated; StatusMsg: "Planlægger synkronisering…"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""Noedkopi\Sync"" /F"; Flags: runhidden; RunOnceId: "DeleteSyncTask"
