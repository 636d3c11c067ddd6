<#
.SYNOPSIS
  Build the StoreApp Windows installer on a Windows build agent.

.DESCRIPTION
  1. makes a clean virtual environment with Python 3.11+ and installs storeapp with its
     `package` extra (PyInstaller);
  2. freezes the app into build\dist\storeapp (installer\package.py, the same spec as Linux);
  3. smoke-tests the frozen app: --version, `provision --check` (keyring backends present),
     `config --sample`;
  4. compiles installer\windows\storeapp.iss with Inno Setup 6 into
     build\dist\storeapp-setup-<version>.exe;
  5. signs it when a certificate is given (-SignCertThumbprint, with signtool from the
     Windows SDK on PATH).

  Agent requirements: Windows 10/11 or Server 2019+ x64, Python 3.11+ (py launcher), Inno Setup 6
  (winget install JRSoftware.InnoSetup), about 2 GB free.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
.EXAMPLE
  powershell -File installer\windows\build.ps1 -SignCertThumbprint 0123ABCD... -Iscc "D:\Inno\ISCC.exe"
#>
param(
  [string]$Python = "py -3.11",
  [string]$Iscc = "",
  [string]$SignCertThumbprint = "",
  [string]$TimestampUrl = "http://timestamp.digicert.com"
)

$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
  Write-Host "== $What"
  & $Block
  if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. A fresh build environment, so the installer holds exactly the declared dependencies.
$Venv = Join-Path $Root ".venv-build"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Checked "create the build environment" { Invoke-Expression "$Python -m venv `"$Venv`"" }
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked "upgrade pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Checked "install storeapp and PyInstaller" { & $Py -m pip install --quiet -e ".[package]" }

# 2. Freeze (the .deb step is skipped on Windows).
Invoke-Checked "freeze the app" { & $Py installer\package.py --no-deb }
$Dist = Join-Path $Root "build\dist\storeapp"
$Exe = Join-Path $Dist "storeapp.exe"
if (-not (Test-Path (Join-Path $Dist "storeapp-window.exe"))) {
  throw "The frozen folder has no storeapp-window.exe: check installer\storeapp.spec"
}

# 3. Smoke tests of the frozen app.
$Version = (& $Exe --version).Trim() -replace "^storeapp ", ""
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "storeapp.exe --version failed" }
Write-Host "== frozen storeapp $Version"
$Check = & $Exe provision --check | Out-String
if ($Check -notmatch "backends in this build: .*Windows") {
  throw "The frozen app lost keyring's Windows backend:`n$Check"
}
Invoke-Checked "config --sample" { & $Exe config --sample | Out-Null }

# 4. The installer.
if (-not $Iscc) {
  $Candidates = @(
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
  )
  $Iscc = $Candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
  if (-not $Iscc) { throw "Inno Setup 6 was not found: install it or pass -Iscc PATH\ISCC.exe" }
}
$Output = Join-Path $Root "build\dist"
Invoke-Checked "compile the installer" {
  & $Iscc /Q "/DAppVersion=$Version" "/DDistDir=$Dist" "/DOutputDir=$Output" installer\windows\storeapp.iss
}
$Setup = Join-Path $Output "storeapp-setup-$Version.exe"

# 5. Signing (SmartScreen and many endpoint tools distrust unsigned installers).
if ($SignCertThumbprint) {
  Invoke-Checked "sign the installer" {
    signtool sign /sha1 $SignCertThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 $Setup
  }
}

$SizeMiB = [math]::Round((Get-Item $Setup).Length / 1MB)
Write-Host "== built $Setup ($SizeMiB MiB)"
