; Inno Setup 6 script for StoreApp: a per-machine installer of the frozen folder.
; Built on a Windows agent by build.ps1 (it passes AppVersion and DistDir); not by hand.
;
; Silent install for IT and MDM tools:
;   storeapp-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Temp\storeapp-setup.log"
;     /URL=https://erp.example.com /DB=prod /STORE=PAR1 /LOGIN=device-par1 [/TIMEZONE=Europe/Paris]
; With the four store parameters, setup runs `storeapp provision --only config` to write the
; machine file C:\ProgramData\StoreApp\storeapp.toml (users may read it, only administrators
; change it). Without them an existing machine file is left as it is (upgrades) and IT
; provisions later. The device key is never a setup parameter: the command line of a setup is
; logged by MDM tools. It is stored per user with `storeapp provision --only credential`.
;
; Upgrade in place: same AppId, same folder; the program files are replaced, the machine file
; and every user's data folder (%LOCALAPPDATA%\StoreApp) are kept. Uninstall keeps them too.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=1.2.3 /DDistDir=...\build\dist\storeapp storeapp.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\build\dist\storeapp"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\dist"
#endif

; Must match storeapp.config: APP_DIR_NAME under %ProgramData%, file storeapp.toml.
#define ConfigDir "{commonappdata}\StoreApp"
#define ConfigFile "storeapp.toml"

[Setup]
; The AppId ties upgrades and uninstall to earlier installs: never change it.
AppId={{6F0B8C3E-2D4A-4B7E-9A51-3C8E1F27D9A4}
AppName=StoreApp
AppVersion={#AppVersion}
AppVerName=StoreApp {#AppVersion}
AppPublisher=Store IT
DefaultDirName={autopf}\StoreApp
DisableDirPage=auto
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=storeapp-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
SetupLogging=yes
; A running StoreApp is closed through the Restart Manager before its files are replaced.
CloseApplications=force
RestartApplications=no
UninstallDisplayName=StoreApp
UninstallDisplayIcon={app}\storeapp-window.exe
WizardStyle=modern

[InstallDelete]
; Upgrades replace the whole library folder, so nothing from the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Kept on uninstall: it holds the machine file IT wrote.
Name: "{#ConfigDir}"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\StoreApp"; Filename: "{app}\storeapp-window.exe"; WorkingDir: "{app}"; Comment: "Click-and-collect, returns and counts"

[Run]
Filename: "{app}\storeapp-window.exe"; Description: "Start StoreApp"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only what setup itself wrote next to the machine file; never the machine file or user data.
Type: files; Name: "{#ConfigDir}\provision.log"

[Code]
const
  RequiredParams = 'URL,DB,STORE,LOGIN';

function ParamValue(Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

{ One `--flag "value"` pair for storeapp provision, empty when the parameter was not given. }
function ParamArg(Name, Flag: String): String;
var
  Value: String;
begin
  Value := ParamValue(Name);
  if Value = '' then
    Result := ''
  else
    Result := ' ' + Flag + ' "' + Value + '"';
end;

function ProvisionArguments(): String;
var
  Args: String;
begin
  Args := 'provision --only config';
  Args := Args + ParamArg('URL', '--url');
  Args := Args + ParamArg('DB', '--db');
  Args := Args + ParamArg('STORE', '--store');
  Args := Args + ParamArg('LOGIN', '--login');
  Args := Args + ParamArg('TIMEZONE', '--timezone');
  Result := Args;
end;

function ProvisionRequested(): Boolean;
begin
  Result := (ParamValue('URL') <> '') or (ParamValue('DB') <> '') or
            (ParamValue('STORE') <> '') or (ParamValue('LOGIN') <> '');
end;

{ Stop before anything is installed when the store parameters are incomplete or unsafe. }
function InitializeSetup(): Boolean;
var
  Names: TStringList;
  I: Integer;
  Missing: String;
begin
  Result := True;
  if not ProvisionRequested() then
    Exit;
  Names := TStringList.Create;
  try
    Names.CommaText := RequiredParams + ',TIMEZONE';
    Missing := '';
    for I := 0 to Names.Count - 1 do
    begin
      if Pos('"', ParamValue(Names[I])) > 0 then
      begin
        SuppressibleMsgBox('The parameter /' + Names[I] + ' contains a double quote, which ' +
          'storeapp does not accept. Nothing was installed.', mbCriticalError, MB_OK, IDOK);
        Result := False;
        Exit;
      end;
      if (I < 4) and (ParamValue(Names[I]) = '') then
        Missing := Missing + ' /' + Names[I];
    end;
  finally
    Names.Free;
  end;
  if Missing <> '' then
  begin
    SuppressibleMsgBox('Give all four store parameters (/URL, /DB, /STORE, /LOGIN) or none. ' +
      'Missing:' + Missing + '. Nothing was installed.', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ Only administrators and SYSTEM may change the machine file; users (S-1-5-32-545) read it.
  SIDs, not names: group names are translated on non-English Windows. /T re-applies the rule to a
  machine file left by an earlier version. }
procedure ProtectConfigDir();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{sys}\icacls.exe'),
              '"' + ExpandConstant('{#ConfigDir}') + '" /inheritance:r /grant:r ' +
              '*S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /Q',
              '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    Log('icacls could not protect the configuration folder, exit code ' + IntToStr(ResultCode));
end;

{ Write the machine file with the app itself, so its format always matches the version just
  installed. The output goes to provision.log next to it for IT. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Command: String;
begin
  if CurStep <> ssPostInstall then
    Exit;
  ProtectConfigDir();
  if not ProvisionRequested() then
    Exit;
  Command := '/C ""' + ExpandConstant('{app}\storeapp.exe') + '" ' + ProvisionArguments() +
    ' > "' + ExpandConstant('{#ConfigDir}\provision.log') + '" 2>&1"';
  Log('Running storeapp ' + ProvisionArguments());
  if not Exec(ExpandConstant('{cmd}'), Command, ExpandConstant('{app}'), SW_HIDE,
              ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
  begin
    Log('storeapp provision failed with exit code ' + IntToStr(ResultCode));
    SuppressibleMsgBox('StoreApp is installed, but its machine configuration could not be ' +
      'written (exit code ' + IntToStr(ResultCode) + '). Read ' +
      ExpandConstant('{#ConfigDir}\provision.log') + ', then run "storeapp provision" ' +
      'again from an Administrator prompt.', mbError, MB_OK, IDOK);
  end;
end;
