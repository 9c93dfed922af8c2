; The Windows installer of classroom, a pynsist template (pynsist fills in the Jinja parts).
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\classroom, the
; officer's data stays in %LOCALAPPDATA%\classroom (platformdirs), which this installer never touches:
; installing a newer version over an older one replaces the program only, and the program backs up
; and migrates the database when it opens it; uninstalling leaves the data and says where it is.
; Silent: classroom-VERSION-setup-x64.exe /S [/CurrentUser] [/D=FOLDER]; uninstall: uninstall.exe /S.

!define PRODUCT_NAME "[[ib.appname]]"
!define PRODUCT_VERSION "[[ib.version]]"
!define INSTALLER_NAME "[[ib.installer_name]]"
!define PRODUCT_ICON "[[icon]]"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\classroom"

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

Name "${PRODUCT_NAME} ${PRODUCT_VERSION}"
OutFile "${INSTALLER_NAME}"
InstallDir "$LOCALAPPDATA\Programs\classroom"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show
BrandingText "${PRODUCT_NAME} ${PRODUCT_VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "[[icon]]"
!define MUI_UNICON "[[icon]]"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION OpenProgram
!define MUI_UNFINISHPAGE_NOAUTOCLOSE

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH
!insertmacro MUI_LANGUAGE "Vietnamese"

!define DATA_KEPT "Dữ liệu của bạn (cơ sở dữ liệu, bản sao lưu) vẫn được giữ nguyên trong thư mục $LOCALAPPDATA\classroom. \
Cài lại chương trình sẽ dùng tiếp dữ liệu này; muốn xóa hẳn thì xóa thư mục đó.$\r$\n$\r$\n\
Your data (database, backups) is kept in $LOCALAPPDATA\classroom. Installing the program again uses it; \
delete that folder to remove it for good."

Section "!${PRODUCT_NAME}" sec_app
  SectionIn RO
  SetShellVarContext current
  SetRegView 64

  ; A version already here: its program files go (not the data, which lives elsewhere), so no
  ; module of the older version is left beside the newer ones.
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\bin"

  SetOutPath "$INSTDIR"
  File "${PRODUCT_ICON}"
  SetOutPath "$INSTDIR\pkgs"
  File /r "pkgs\*.*"

  [% for destination, group in grouped_files %]
  SetOutPath "[[destination]]"
    [% for file in group %]
  File "[[ file ]]"
    [% endfor %]
  [% endfor %]
  [% for dir, destination in ib.install_dirs %]
  SetOutPath "[[ pjoin(destination, dir) ]]"
  File /r "[[dir]]\*.*"
  [% endfor %]

  ; The Start menu and the desktop: the window, in the officer's documents folder
  SetOutPath "$DOCUMENTS"
  [% for scname, sc in ib.shortcuts.items() %]
  CreateShortCut "$SMPROGRAMS\[[scname]].lnk" "[[sc['target'] ]]" '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
  CreateShortCut "$DESKTOP\[[scname]].lnk" "[[sc['target'] ]]" '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
  [% endfor %]
  SetOutPath "$INSTDIR"

  ; classroom.exe on the user's PATH (a new command window sees it)
  DetailPrint "classroom.exe: $INSTDIR\bin"
  nsExec::ExecToLog '[[ python ]] -Es "$INSTDIR\_system_path.py" add_user "$INSTDIR\bin"'
  DetailPrint "Biên dịch trước các mô-đun Python…"
  nsExec::ExecToLog '[[ python ]] -m compileall -q "$INSTDIR\pkgs"'

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${PRODUCT_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "[[ib.publisher]]"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${PRODUCT_ICON}"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  DetailPrint "Dữ liệu: $LOCALAPPDATA\classroom"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  SetRegView 64
  nsExec::ExecToLog '[[ python ]] -Es "$INSTDIR\_system_path.py" remove_user "$INSTDIR\bin"'
  [% for scname in ib.shortcuts %]
  Delete "$SMPROGRAMS\[[scname]].lnk"
  Delete "$DESKTOP\[[scname]].lnk"
  [% endfor %]
  RMDir /r "$INSTDIR\pkgs"
  [% for file, destination in ib.install_files %]
  Delete "[[pjoin(destination, file)]]"
  [% endfor %]
  [% for dir, destination in ib.install_dirs %]
  RMDir /r "[[pjoin(destination, dir)]]"
  [% endfor %]
  Delete "$INSTDIR\${PRODUCT_ICON}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The officer's data is never removed here: say where it stays.
  DetailPrint "${DATA_KEPT}"
  MessageBox MB_OK|MB_ICONINFORMATION "${DATA_KEPT}" /SD IDOK
SectionEnd

Function OpenProgram
  SetOutPath "$DOCUMENTS"
  Exec '"$INSTDIR\Python\pythonw.exe" "$INSTDIR\[[ib.shortcuts[ib.appname]['script'] ]]"'
FunctionEnd
