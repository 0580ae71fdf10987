@echo off
rem Maven launcher for dlfs-studio on Windows: needs Maven 3.8+ on PATH (e.g. winget install Apache.Maven).
where mvn >nul 2>nul
if errorlevel 1 (
  echo mvnw: Maven 3.8+ is needed. Install it, e.g. "winget install Apache.Maven", and run this command again.
  exit /b 1
)
cd /d "%~dp0"
mvn %*
