@echo off
rem The sofa command line: runs sofa.jar (next to this script) with a class-data archive and JVM
rem flags that suit the run. Usage and output are those of "java -jar sofa.jar" (see README.md).
rem
rem On first use (and after the jar changed) it runs a short training once and keeps the classes it
rem loaded in sofa-<size>-<time>.jsa next to the jar (JDK 17 dynamic class-data sharing); later runs
rem map them instead of loading them again. A one-shot run gets C1 only and the serial collector; an
rem ndjson batch (--ndjson) gets the full JIT with smaller inlining limits (less C2 compiling on few
rem cores) and the parallel collector. See docs/performance.md,
rem "Command line (issue 15)". Environment: JAVA_HOME, SOFA_JAVA_OPTS (more JVM options, after ours),
rem SOFA_CDS_DIR (where to keep the archive), SOFA_CDS=off (no archive).
setlocal EnableExtensions DisableDelayedExpansion
set "SOFA_HOME=%~dp0"
set "SOFA_JAR=%SOFA_HOME%sofa.jar"
rem No parenthesised blocks below: a ")" in a path (C:\Program Files (x86)) would end them.
set "SOFA_JAVA=java"
if defined JAVA_HOME set "SOFA_JAVA=%JAVA_HOME%\bin\java.exe"

set "SOFA_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%A in (%*) do if "%%~A"=="--ndjson" set "SOFA_FLAGS=-XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=100"

set "SOFA_ARCHIVE_FLAG="
if /i "%SOFA_CDS%"=="off" goto run
if not exist "%SOFA_JAR%" goto run
set "SOFA_DIR=%SOFA_HOME:~0,-1%"
if defined SOFA_CDS_DIR set "SOFA_DIR=%SOFA_CDS_DIR%"
rem The archive fits one jar: its size and time name it (the time made safe for a file name).
for %%F in ("%SOFA_JAR%") do set "SOFA_KEY=%%~zF-%%~tF"
set "SOFA_KEY=%SOFA_KEY:/=-%"
set "SOFA_KEY=%SOFA_KEY::=-%"
set "SOFA_KEY=%SOFA_KEY: =_%"
set "SOFA_KEY=%SOFA_KEY:\=-%"
set "SOFA_ARCHIVE=%SOFA_DIR%\sofa-%SOFA_KEY%.jsa"
rem A training that made no archive is remembered (sofa-<key>.noarchive) so that it is not run again.
set "SOFA_REFUSED=%SOFA_DIR%\sofa-%SOFA_KEY%.noarchive"
if exist "%SOFA_ARCHIVE%" goto archived
if exist "%SOFA_REFUSED%" goto archived
del /q "%SOFA_DIR%\sofa-*.jsa" >nul 2>&1
del /q "%SOFA_DIR%\sofa-*.noarchive" >nul 2>&1
set "SOFA_PARTIAL=%SOFA_DIR%\.sofa-training-%RANDOM%.jsa"
"%SOFA_JAVA%" "-XX:ArchiveClassesAtExit=%SOFA_PARTIAL%" -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%SOFA_JAR%" nl.sofa.cli.CdsTraining <nul >nul 2>&1
if not errorlevel 1 move /y "%SOFA_PARTIAL%" "%SOFA_ARCHIVE%" >nul 2>&1
if not exist "%SOFA_ARCHIVE%" type nul > "%SOFA_REFUSED%" 2>nul
if exist "%SOFA_PARTIAL%" del /q "%SOFA_PARTIAL%" >nul 2>&1
:archived
if exist "%SOFA_ARCHIVE%" set "SOFA_ARCHIVE_FLAG=-XX:SharedArchiveFile=%SOFA_ARCHIVE%"
if exist "%SOFA_ARCHIVE%" set "SOFA_FLAGS=-Xshare:auto -Xlog:disable %SOFA_FLAGS%"

:run
if not defined SOFA_ARCHIVE_FLAG goto plain
"%SOFA_JAVA%" "%SOFA_ARCHIVE_FLAG%" %SOFA_FLAGS% %SOFA_JAVA_OPTS% -jar "%SOFA_JAR%" %*
exit /b %ERRORLEVEL%
:plain
"%SOFA_JAVA%" %SOFA_FLAGS% %SOFA_JAVA_OPTS% -jar "%SOFA_JAR%" %*
exit /b %ERRORLEVEL%
