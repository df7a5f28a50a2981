# Builds LoyaltyDesk for Windows: the one-folder application, then its installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Needs Python 3.11+ from python.org (with the "py" launcher) and Inno Setup 6.
# Output in packaging\dist: the wheel and sdist, LoyaltyDesk\ (LoyaltyDesk.exe for the window,
# loyaltydesk-cli.exe for the command line) and LoyaltyDesk-<version>-windows-x64-setup.exe.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$packaging = Split-Path -Parent $here
$root = Split-Path -Parent $packaging
$build = Join-Path $packaging "build"
$dist = Join-Path $packaging "dist"

function Invoke-Step([string]$what, [scriptblock]$command) {
    Write-Host "== $what"
    & $command
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

Remove-Item -Recurse -Force $build, $dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $build, $dist | Out-Null

Invoke-Step "build environment" { py -3 -m venv "$build\venv" }
$py = "$build\venv\Scripts\python.exe"
Invoke-Step "build tools" { & $py -m pip install --quiet --upgrade pip }
Invoke-Step "build tools" { & $py -m pip install --quiet -r "$packaging\requirements-build.txt" }

# The bundle carries what the wheel carries: the spec collects from this installation.
Invoke-Step "sdist and wheel" { & $py -m build --outdir $dist $root }
$wheel = (Get-ChildItem "$dist\loyaltydesk-*-py3-none-any.whl" | Select-Object -First 1).FullName
Invoke-Step "install the wheel" { & $py -m pip install --quiet $wheel }
$version = (& $py -c "from importlib.metadata import version; print(version('loyaltydesk'))").Trim()

Invoke-Step "bundle LoyaltyDesk $version" {
    & "$build\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
        --distpath $dist --workpath "$build\pyinstaller" "$packaging\loyaltydesk.spec"
}
$bundle = Join-Path $dist "LoyaltyDesk"
Copy-Item "$root\LICENSE" "$bundle\LICENSE.txt"

# Smoke test: offscreen, on a fresh data folder; the database must be created.
$env:QT_QPA_PLATFORM = "offscreen"
$data = Join-Path $build "smoke-data"
Invoke-Step "version" { & "$bundle\loyaltydesk-cli.exe" --version }
Invoke-Step "first start" { & "$bundle\loyaltydesk-cli.exe" --data-dir $data --smoke-test }
if (-not (Test-Path "$data\loyaltydesk.sqlite3")) { throw "no database was created" }
Invoke-Step "check" { & "$bundle\loyaltydesk-cli.exe" --data-dir $data check }
Remove-Item Env:QT_QPA_PLATFORM

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
Invoke-Step "installer" {
    & $iscc "/DAppVersion=$version" "/DSourceDir=$bundle" "/DOutputDir=$dist" `
        "/DRootDir=$root" "$here\loyaltydesk.iss"
}
Get-ChildItem $dist
