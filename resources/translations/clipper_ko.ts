<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ClippingListModel</name>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="50" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="50" />
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="50" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="50" />
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="51" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="51" />
        <source>Themes</source>
        <translation>캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="173" />
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="34" />
        <source>Edit clipping</source>
        <translation>스크랩 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="40" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="40" />
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="41" />
        <source>Byline</source>
        <translation>기자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="41" />
        <source>Date (YYYY-MM-DD)</source>
        <translation>날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="42" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="68" />
        <source>The date must look like 2024-05-31.</source>
        <translation>날짜는 2024-05-31 형식으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="29" />
        <source>Drop articles, saved pages or links here</source>
        <translation>기사, 저장한 웹페이지, 링크를 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="34" />
        <source>Text copied from a news site, saved web pages, or whole folders. You can also paste with Ctrl+V.</source>
        <translation>뉴스 사이트에서 복사한 글, 저장한 웹페이지, 폴더 전체를 넣을 수 있습니다. Ctrl+V로 붙여넣어도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="39" />
        <source>Import sample articles</source>
        <translation>예시 기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="40" />
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="34" />
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="38" />
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="43" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="55" />
        <source>%1 of %2: %3</source>
        <translation>%2개 중 %1번째: %3</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="60" />
        <source>Cancelling after the current item…</source>
        <translation>지금 항목을 마치고 취소합니다…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="73" />
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="79" />
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="80" />
        <source>Duplicates: %1</source>
        <translation>중복: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="81" />
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="90" />
        <source>Cancelled: %1 of %2 items were processed.</source>
        <translation>취소됨: %2개 중 %1개를 처리했습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="97" />
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="97" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="97" />
        <source>Title or reason</source>
        <translation>제목 또는 사유</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="106" />
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="106" />
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="107" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="158" />
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="182" />
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="183" />
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="184" />
        <source>Import &amp;Sample Articles</source>
        <translation>예시 기사 가져오기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="186" />
        <source>&amp;Open Library…</source>
        <translation>보관함 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="188" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="189" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="192" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="196" />
        <source>&amp;Paste Articles</source>
        <translation>기사 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="198" />
        <source>&amp;Edit Clipping…</source>
        <translation>스크랩 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="201" />
        <source>&amp;Delete Clipping</source>
        <translation>스크랩 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="203" />
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="205" />
        <source>Open &amp;Original Page</source>
        <translation>원문 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="212" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="219" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="227" />
        <source>&amp;Clipping</source>
        <translation>스크랩(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="229" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="230" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="233" />
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="241" />
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="270" />
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="330" />
        <source>No clippings here.</source>
        <translation>여기에는 스크랩이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="364" />
        <source>This clipping was deleted.</source>
        <translation>삭제된 스크랩입니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="399" />
        <source>%1 clippings · %2 MB</source>
        <translation>스크랩 %1개 · %2 MB</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="423" />
        <source>Clipper</source>
        <translation>Clipper</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="433" />
        <source>Import articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="434" />
        <source>Articles (*.txt *.text *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>기사 (*.txt *.text *.html *.htm *.mhtml *.mht);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="439" />
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="451" />
        <source>Nothing to import on the clipboard.</source>
        <translation>클립보드에 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="477" />
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>이미 가져오는 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="491" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="529" />
        <source>Imported %1 of %2.</source>
        <translation>%2개 중 %1개를 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="550" />
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="557" />
        <source>Delete clippings</source>
        <translation>스크랩 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="558" />
        <source>Delete %1 clipping(s)? This cannot be undone.</source>
        <translation>스크랩 %1개를 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="560" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="626" />
        <source>%1 clippings match.</source>
        <translation>스크랩 %1개가 검색됐습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="632" />
        <source>Nothing matches this search.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="638" />
        <source>Open or create a library folder</source>
        <translation>보관함 폴더 열기 또는 만들기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="646" />
        <source>Cannot open library</source>
        <translation>보관함을 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="78" />
        <source>Select a clipping to read it.</source>
        <translation>읽을 스크랩을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="94" />
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="111" />
        <source>Themes: %s</source>
        <translation>캠페인 주제: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="113" />
        <source>Tags: %s</source>
        <translation>태그: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="139" />
        <source>Keywords: %s</source>
        <translation>기사 키워드: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="173" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="57" />
        <source>All clippings</source>
        <translation>모든 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="58" />
        <source>Inbox</source>
        <translation>받은 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="60" />
        <source>Themes</source>
        <translation>캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="64" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="67" />
        <source>Saved searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="72" />
        <source>Outlets</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="74" />
        <source>(no outlet)</source>
        <translation>(언론사 없음)</translation>
    </message>
</context>
</TS>