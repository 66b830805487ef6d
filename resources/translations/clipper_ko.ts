<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ClippingListModel</name>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="62"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="62"/>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="62"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="62"/>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="63"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="63"/>
        <source>Themes</source>
        <translation>캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="63"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="63"/>
        <source>Page</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="64"/>
        <source>Tone</source>
        <translation>논조</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="211"/>
        <source>Cut from a printed page</source>
        <translation>지면에서 오린 기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/clipping_list.py" line="218"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>Clippings</name>
    <message>
        <location filename="../../clipper/gui/actions/clippings.py" line="62"/>
        <source>Delete clippings</source>
        <translation>스크랩 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/clippings.py" line="63"/>
        <source>Delete %Ln clipping(s)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>스크랩 %Ln개를 삭제할까요? 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/clippings.py" line="65"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/clippings.py" line="80"/>
        <source>Add note</source>
        <translation>메모 달기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/clippings.py" line="81"/>
        <source>Note on the selected passage:</source>
        <translation>고른 부분에 대한 메모:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/clippings.py" line="88"/>
        <source>Open or create a library folder</source>
        <translation>보관함 폴더 열기 또는 만들기</translation>
    </message>
</context>
<context>
    <name>CreditsDialog</name>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="29"/>
        <source>Photo credits</source>
        <translation>사진 출처</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="32"/>
        <source>Credits of the office's own photos, one a line. A clipping whose photo credit or caption contains one of them uses the office's photo.</source>
        <translation>우리 기관이 제공한 사진의 출처 표기를 한 줄에 하나씩 적습니다. 사진 출처나 설명에 이 중 하나가 들어 있는 스크랩은 우리 사진을 쓴 것으로 봅니다.</translation>
    </message>
</context>
<context>
    <name>CutPane</name>
    <message>
        <location filename="../../clipper/gui/views/cut_pane.py" line="85"/>
        <source>The cut image is missing from the library.</source>
        <translation>오려낸 이미지 파일이 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cut_pane.py" line="89"/>
        <source>Click to see the cut at full size</source>
        <translation>클릭하면 오려낸 이미지를 원래 크기로 봅니다</translation>
    </message>
</context>
<context>
    <name>CutViewer</name>
    <message>
        <location filename="../../clipper/gui/actions/cuts.py" line="19"/>
        <source>Cut %1 of %2</source>
        <translation>오려낸 조각 %1/%2</translation>
    </message>
</context>
<context>
    <name>CuttingController</name>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="106"/>
        <source>No pages waiting to be cut.</source>
        <translation>오릴 지면이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="139"/>
        <source>%1, p. %2</source>
        <translation>%1, %2쪽</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="146"/>
        <source>text not read yet</source>
        <translation>글자 인식 전</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="148"/>
        <source>reading the text…</source>
        <translation>글자 인식 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="150"/>
        <source>text recognition failed</source>
        <translation>글자 인식 실패</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="152"/>
        <source>no text found</source>
        <translation>글자 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/cutting_controller.py" line="154"/>
        <source>%n clipping(s) cut</source>
        <translation>
            <numerusform>기사 %n건 오림</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="158"/>
        <source>Page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="214"/>
        <source>%1 — page %2</source>
        <translation>%1 — %2쪽</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="292"/>
        <source>The date must be written YYYY-MM-DD.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="296"/>
        <source>Cut an article from page %1 of %2</source>
        <translation>%2의 %1쪽에서 기사 오리기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="318"/>
        <source>Clipping made; Ctrl+Z takes it back.</source>
        <translation>스크랩을 만들었습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/cutting_controller.py" line="326"/>
        <source>Delete %n page(s)</source>
        <translation>
            <numerusform>지면 %n쪽 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="374"/>
        <source>No page is waiting for its text.</source>
        <translation>글자 인식을 기다리는 지면이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="393"/>
        <source>Stopping after this page…</source>
        <translation>이 쪽을 마치고 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="403"/>
        <source>Reading the text of %1</source>
        <translation>%1 글자 인식 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="421"/>
        <source>page %1 of %2</source>
        <translation>%2의 %1쪽</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="467"/>
        <source>Text read on %1 of %2 page(s).</source>
        <translation>%2쪽 가운데 %1쪽의 글자를 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/cutting_controller.py" line="470"/>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>CuttingView</name>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="62"/>
        <source>← Clippings</source>
        <translation>← 스크랩 목록</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="64"/>
        <location filename="../../clipper/gui/views/cutting_view.py" line="251"/>
        <source>Pages to cut</source>
        <translation>오릴 지면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="69"/>
        <source>Delete Page</source>
        <translation>지면 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="79"/>
        <source>Recognise text</source>
        <translation>글자 인식</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="81"/>
        <source>Read the text of the pages that have no text layer (Korean and English OCR)</source>
        <translation>글자 정보가 없는 지면의 글자를 읽습니다 (한국어·영어 OCR)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="83"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="99"/>
        <source>Previous page (PageUp)</source>
        <translation>이전 쪽 (PageUp)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="100"/>
        <source>Next page (PageDown)</source>
        <translation>다음 쪽 (PageDown)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="103"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="104"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="104"/>
        <source>Fit the page (Ctrl+0)</source>
        <translation>지면을 창에 맞춤 (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="105"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>확대 (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="121"/>
        <source>Drag a rectangle around an article, or click a suggested region. Several rectangles make one clipping, in order; PageDown to go on on the next page. Delete removes the selected rectangle, Escape clears them.</source>
        <translation>기사를 사각형으로 끌어 두르거나 제안된 영역을 클릭하세요. 여러 사각형은 순서대로 한 스크랩이 되며, 다음 쪽으로 이어지면 PageDown을 누르세요. Delete는 선택한 사각형을, Escape는 모든 사각형을 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="135"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="135"/>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="136"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="136"/>
        <source>Page (면)</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="137"/>
        <source>Edition</source>
        <translation>판</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="137"/>
        <source>Byline</source>
        <translation>기자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="144"/>
        <source>Text of the cut</source>
        <translation>오린 부분의 글자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="147"/>
        <source>Draw a rectangle to see its text here.</source>
        <translation>사각형을 그리면 그 안의 글자가 여기 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="148"/>
        <source>Make clipping</source>
        <translation>스크랩 만들기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="149"/>
        <source>Make a clipping of the rectangles (Ctrl+Enter)</source>
        <translation>사각형들로 스크랩을 만듭니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="153"/>
        <source>Whole Page</source>
        <translation>지면 전체</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="154"/>
        <source>One rectangle around the whole page</source>
        <translation>지면 전체를 사각형 하나로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="156"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/cutting_view.py" line="157"/>
        <source>Remove every rectangle (Escape)</source>
        <translation>사각형을 모두 지웁니다 (Escape)</translation>
    </message>
</context>
<context>
    <name>Daily</name>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="58"/>
        <source>Save daily report</source>
        <translation>일일 스크랩 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="70"/>
        <location filename="../../clipper/gui/actions/daily.py" line="78"/>
        <location filename="../../clipper/gui/actions/daily.py" line="117"/>
        <source>Daily clipping report</source>
        <translation>언론보도 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="81"/>
        <source>Save as Preset</source>
        <translation>프리셋으로 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="82"/>
        <source>Preset name:</source>
        <translation>프리셋 이름:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="86"/>
        <source>Save report preset</source>
        <translation>스크랩 프리셋 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="98"/>
        <source>Saved report preset %1.</source>
        <translation>스크랩 프리셋 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="118"/>
        <source>No clippings for %1 (%2): nothing was written.</source>
        <translation>%1 (%2) 기사가 없습니다. 파일을 만들지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/daily.py" line="124"/>
        <source>Wrote %1 (%Ln clipping(s)).</source>
        <translation>
            <numerusform>%1 파일을 만들었습니다 (스크랩 %Ln개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="130"/>
        <source>Daily report</source>
        <translation>일일 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="131"/>
        <source>Writing the daily report</source>
        <translation>일일 스크랩 작성 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/daily.py" line="133"/>
        <source>Daily report cancelled.</source>
        <translation>일일 스크랩 작성을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>DailyDialog</name>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="54"/>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="177"/>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="182"/>
        <source>Daily clipping report</source>
        <translation>언론보도 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="67"/>
        <source>(default layout)</source>
        <translation>(기본 구성)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="73"/>
        <source>e.g. 경기도 대변인실</source>
        <translation>예: 경기도 대변인실</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="77"/>
        <source>One section a line: name=rules, e.g. 비판·오보=tone:negative
Rules: theme:X, tag:X, category:X, tone:X, word:X</source>
        <translation>한 줄에 한 구분: 이름=규칙, 예) 비판·오보=tone:negative
규칙: theme:주제, tag:태그, category:매체 구분, tone:논조, word:단어</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="80"/>
        <source>Example Sections</source>
        <translation>예시 구분</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="84"/>
        <source>By theme, then outlet category</source>
        <translation>주제별, 다음 매체 구분별</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="85"/>
        <source>By outlet category</source>
        <translation>매체 구분별</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="85"/>
        <source>By theme</source>
        <translation>캠페인 주제순</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="86"/>
        <source>One section</source>
        <translation>한 구분으로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="97"/>
        <source>Photos with captions</source>
        <translation>사진과 설명 포함</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="98"/>
        <source>Highlights and notes</source>
        <translation>강조 표시와 메모 포함</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="99"/>
        <source>Each clipping on a new page</source>
        <translation>스크랩마다 새 쪽에서 시작</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="100"/>
        <source>Press release pickup (when the day has releases)</source>
        <translation>보도자료 활용 현황 (그날 보도자료가 있을 때)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="111"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="112"/>
        <source>Edition</source>
        <translation>판</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="113"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="114"/>
        <source>Office</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="115"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="116"/>
        <source>Sections</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="118"/>
        <source>Clippings in no section</source>
        <translation>구분에 들지 않은 기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="119"/>
        <source>Index columns</source>
        <translation>목록 열</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="124"/>
        <source>Formats</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="128"/>
        <source>Save as Preset…</source>
        <translation>프리셋으로 저장…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/daily_dialog.py" line="183"/>
        <source>Choose at least one format.</source>
        <translation>형식을 하나 이상 고르십시오.</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../../clipper/gui/dashboard_controller.py" line="59"/>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/dashboard_controller.py" line="62"/>
        <source>Inbox</source>
        <translation>받은 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/dashboard_controller.py" line="65"/>
        <source>All clippings</source>
        <translation>모든 스크랩</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="234"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/dashboard.py" line="165"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>스크랩 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/dashboard.py" line="167"/>
        <source>%Ln undated</source>
        <translation>
            <numerusform>날짜 없음 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="179"/>
        <source>Coverage by week</source>
        <translation>주별 보도량</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="178"/>
        <source>Coverage by day</source>
        <translation>일별 보도량</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="124"/>
        <source>Drawing charts…</source>
        <translation>차트를 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="180"/>
        <source>No dated clippings</source>
        <translation>날짜가 있는 스크랩이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="181"/>
        <source>Top outlets</source>
        <translation>주요 언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="181"/>
        <source>(no outlet)</source>
        <translation>(언론사 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="182"/>
        <source>Themes</source>
        <translation>캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/dashboard.py" line="220"/>
        <source>The charts could not be drawn: %1</source>
        <translation>차트를 그리지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../clipper/gui/desk.py" line="53"/>
        <source>&amp;Clear Tone</source>
        <translation>논조 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="55"/>
        <source>&amp;Suggest Tones</source>
        <translation>논조 제안 받기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="57"/>
        <source>&amp;Accept Suggested Tone</source>
        <translation>제안된 논조 적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="59"/>
        <source>Print P&amp;lacement…</source>
        <translation>지면 위치(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="61"/>
        <source>Res&amp;ponse…</source>
        <translation>대응(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="63"/>
        <source>&amp;Outlets…</source>
        <translation>언론사(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="64"/>
        <source>&amp;Tone Classes…</source>
        <translation>논조 분류(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="68"/>
        <source>To&amp;ne</source>
        <translation>논조(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="69"/>
        <source>Des&amp;k</source>
        <translation>데스크(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="106"/>
        <source>Set tone</source>
        <translation>논조 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="114"/>
        <source>Learning from the tones set so far…</source>
        <translation>지금까지 지정한 논조에서 배우는 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="120"/>
        <source>Suggest tones</source>
        <translation>논조 제안</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="137"/>
        <source>Suggestions were right %1% of the time on %2 labelled clippings held back in turn (%3-fold cross-validation); right group %4%.</source>
        <translation>논조가 지정된 기사 %2건을 번갈아 빼 두고 확인한 결과 제안이 %1% 맞았습니다(%3겹 교차 검증). 긍정·중립·부정 묶음으로는 %4% 맞았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/desk.py" line="143"/>
        <source>%Ln suggestion(s).</source>
        <translation>
            <numerusform>제안 %Ln건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="150"/>
        <source>No suggested tone for the selection: use Suggest Tones first.</source>
        <translation>선택한 기사에 제안된 논조가 없습니다. 먼저 “논조 제안 받기”를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="153"/>
        <source>Accept suggested tone</source>
        <translation>제안된 논조 적용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="161"/>
        <source>(new tone…)</source>
        <translation>(새 논조…)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="162"/>
        <source>Tone classes</source>
        <translation>논조 분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="163"/>
        <source>Tone to rename or delete:</source>
        <translation>이름을 바꾸거나 삭제할 논조:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="171"/>
        <location filename="../../clipper/gui/desk.py" line="177"/>
        <source>Rename tone</source>
        <translation>논조 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="172"/>
        <source>New name for “%1” (empty: delete it):</source>
        <translation>“%1”의 새 이름(비우면 삭제):</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="182"/>
        <location filename="../../clipper/gui/desk.py" line="187"/>
        <source>Delete tone</source>
        <translation>논조 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/desk.py" line="183"/>
        <source>%Ln clipping(s) carry the tone “%1”. Delete it and take it off them? (Undo gives it back.)</source>
        <translation>
            <numerusform>기사 %Ln건에 논조 “%1”이(가) 지정되어 있습니다. 삭제하고 이 기사들에서 지울까요? (실행 취소로 되돌릴 수 있습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="193"/>
        <location filename="../../clipper/gui/desk.py" line="200"/>
        <location filename="../../clipper/gui/desk.py" line="203"/>
        <source>New tone</source>
        <translation>새 논조</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="194"/>
        <source>Name of the new tone:</source>
        <translation>새 논조의 이름:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="197"/>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="198"/>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="199"/>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="201"/>
        <source>Counted in charts as:</source>
        <translation>차트에서 묶을 곳:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="219"/>
        <source>Set placement</source>
        <translation>지면 위치 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="232"/>
        <source>Set response</source>
        <translation>대응 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="257"/>
        <source>Edit outlet</source>
        <translation>언론사 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="262"/>
        <source>Outlet categories</source>
        <translation>언론사 분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="266"/>
        <source>Merge outlets</source>
        <translation>언론사 합치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="280"/>
        <source>Merge outlet</source>
        <translation>언론사 합치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="281"/>
        <source>Merge “%1” into (its clippings move there):</source>
        <translation>“%1”을(를) 합칠 언론사(기사가 그쪽으로 옮겨집니다):</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="286"/>
        <source>Edit Outlet…</source>
        <translation>언론사 편집…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="287"/>
        <source>Merge into Another Outlet…</source>
        <translation>다른 언론사로 합치기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="335"/>
        <source>Print: %1</source>
        <translation>지면: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="337"/>
        <source>Tone: %1</source>
        <translation>논조: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="341"/>
        <source>Suggested tone: %1 (%2%) — Accept Suggested Tone sets it</source>
        <translation>제안된 논조: %1 (%2%) — “제안된 논조 적용”으로 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="351"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="352"/>
        <source>Response: %1</source>
        <translation>대응: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="354"/>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="356"/>
        <source>closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/desk.py" line="358"/>
        <source>OVERDUE</source>
        <translation>기한 지남</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="86"/>
        <source>Edit clipping</source>
        <translation>스크랩 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="98"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="98"/>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="99"/>
        <source>Byline</source>
        <translation>기자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="99"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="100"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="106"/>
        <source>Details</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="110"/>
        <source>Each line is a paragraph; blank lines are left out. Highlights follow the corrected text.</source>
        <translation>한 줄이 한 문단입니다. 빈 줄은 빠집니다. 강조 표시는 고친 본문을 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="119"/>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="133"/>
        <source>Photos (%1)</source>
        <translation>사진 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="183"/>
        <source>The date must look like 2024-05-31.</source>
        <translation>날짜는 2024-05-31 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="191"/>
        <source>The text cannot be empty (to remove the clipping, delete it).</source>
        <translation>본문을 비울 수 없습니다. 스크랩을 없애려면 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="29"/>
        <source>Drop articles, saved pages or links here</source>
        <translation>기사, 저장한 웹페이지, 링크를 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="34"/>
        <source>Text copied from a news site, saved web pages, newspaper PDFs and scans, or whole folders. You can also paste with Ctrl+V.</source>
        <translation>뉴스 사이트에서 복사한 글, 저장한 웹페이지, 신문 지면 PDF와 스캔, 폴더 전체를 넣을 수 있습니다. Ctrl+V로 붙여넣어도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="40"/>
        <source>Import sample articles</source>
        <translation>예시 기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/empty_state.py" line="41"/>
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="39"/>
        <location filename="../../clipper/gui/actions/exporting.py" line="113"/>
        <location filename="../../clipper/gui/actions/exporting.py" line="127"/>
        <location filename="../../clipper/gui/actions/exporting.py" line="150"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="43"/>
        <source>Nothing to export in this list.</source>
        <translation>이 목록에는 내보낼 스크랩이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="71"/>
        <source>Press clippings</source>
        <translation>언론 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="59"/>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="60"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="87"/>
        <source>clippings</source>
        <translation>스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="104"/>
        <source>Wrote %1 (%2, %3).</source>
        <translation>%1 파일을 만들었습니다 (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="106"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln쪽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="107"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>스크랩 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="145"/>
        <source>Wrote %1 (%Ln clipping(s)).</source>
        <translation>
            <numerusform>%1 파일을 만들었습니다 (스크랩 %Ln개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="167"/>
        <source>Report written</source>
        <translation>보고서를 만들었습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="169"/>
        <source>&amp;Open Report</source>
        <translation>보고서 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="171"/>
        <source>Show in &amp;Folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="188"/>
        <source>The report is no longer there.</source>
        <translation>보고서 파일이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="113"/>
        <location filename="../../clipper/gui/actions/exporting.py" line="150"/>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="124"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="126"/>
        <source>Clipper bundle (*.zip)</source>
        <translation>Clipper 묶음 파일 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/exporting.py" line="157"/>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="21"/>
        <source>Export PDF report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/export_dialog.py" line="26"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>스크랩 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="29"/>
        <source>By date</source>
        <translation>날짜순</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="29"/>
        <source>By outlet</source>
        <translation>언론사순</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="30"/>
        <source>By theme</source>
        <translation>캠페인 주제순</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="38"/>
        <source>Photos with captions</source>
        <translation>사진과 설명 포함</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="40"/>
        <source>Highlights and notes</source>
        <translation>강조 표시와 메모 포함</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="42"/>
        <source>Each clipping on a new page</source>
        <translation>스크랩마다 새 쪽에서 시작</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="43"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="44"/>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="45"/>
        <source>Prepared by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="46"/>
        <source>Order</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="47"/>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/export_dialog.py" line="48"/>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="30"/>
        <source>Edit Feed</source>
        <translation>피드 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="30"/>
        <source>Add Feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="35"/>
        <source>the feed's own name</source>
        <translation>피드가 알려 주는 이름</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="37"/>
        <source>e.g. 김동연 OR 경기도지사</source>
        <translation>예: 김동연 OR 경기도지사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="40"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="51"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="53"/>
        <source>Paused (not checked)</source>
        <translation>일시 중지 (확인하지 않음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="57"/>
        <source>Feed address:</source>
        <translation>피드 주소:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="58"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="59"/>
        <source>Keep only pages matching:</source>
        <translation>이 검색어에 맞는 기사만 보관:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="60"/>
        <source>Tag new clippings:</source>
        <translation>새 스크랩에 붙일 태그:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="61"/>
        <source>Suggest theme:</source>
        <translation>제안할 캠페인 주제:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="62"/>
        <source>Check every:</source>
        <translation>확인 간격:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/feed_dialog.py" line="65"/>
        <source>An outlet's RSS or Atom feed, or a news-search feed (a portal's search results as RSS). New articles come into the Inbox, marked new.</source>
        <translation>언론사의 RSS·Atom 피드나 뉴스 검색 피드(포털 검색 결과를 RSS로 받는 주소)를 넣으세요. 새 기사는 새 기사 표시와 함께 받은 스크랩에 들어옵니다.</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="22"/>
        <source>Fee&amp;ds</source>
        <translation>피드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="24"/>
        <source>Add Feed…</source>
        <translation>피드 추가…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="25"/>
        <source>Check All Feeds Now</source>
        <translation>모든 피드 지금 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="27"/>
        <source>Import Feeds (OPML)…</source>
        <translation>피드 목록 가져오기 (OPML)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="28"/>
        <source>Export Feeds (OPML)…</source>
        <translation>피드 목록 내보내기 (OPML)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="45"/>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="45"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="47"/>
        <source>Check Now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="48"/>
        <source>Mark All Read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="49"/>
        <source>Edit Feed…</source>
        <translation>피드 편집…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="51"/>
        <source>Remove Feed</source>
        <translation>피드 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="90"/>
        <source>Add feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="99"/>
        <location filename="../../clipper/gui/actions/feeds.py" line="109"/>
        <source>Edit feed</source>
        <translation>피드 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="117"/>
        <location filename="../../clipper/gui/actions/feeds.py" line="124"/>
        <source>Remove feed</source>
        <translation>피드 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="117"/>
        <source>Stop watching %1? Its clippings stay in the library.</source>
        <translation>%1 피드를 더 이상 확인하지 않을까요? 이미 가져온 스크랩은 보관함에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="128"/>
        <location filename="../../clipper/gui/actions/feeds.py" line="138"/>
        <source>Mark read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="152"/>
        <source>Feeds are being checked already; try again in a moment.</source>
        <translation>피드를 확인하는 중입니다. 잠시 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="158"/>
        <source>Import Feeds</source>
        <translation>피드 목록 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="159"/>
        <source>Feed lists (*.opml *.xml);;All files (*)</source>
        <translation>피드 목록 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="162"/>
        <source>Import feeds</source>
        <translation>피드 목록 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="170"/>
        <source>%1 of %2 feed(s) added</source>
        <translation>피드 %2개 중 %1개를 추가했습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="177"/>
        <source>Export Feeds</source>
        <translation>피드 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="178"/>
        <source>Feed lists (*.opml)</source>
        <translation>피드 목록 (*.opml)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="181"/>
        <source>Export feeds</source>
        <translation>피드 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/feeds.py" line="183"/>
        <source>%1 feed(s) written to %2</source>
        <translation>피드 %1개를 %2에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="139"/>
        <source>checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="162"/>
        <source>Check feed %1</source>
        <translation>피드 확인: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="179"/>
        <source>checking %1 of %2…</source>
        <translation>%2개 중 %1번째 확인 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="193"/>
        <source>checked %1</source>
        <translation>%1 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="195"/>
        <source>%1 new</source>
        <translation>새 기사 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/feed_controller.py" line="197"/>
        <source>%1 failing</source>
        <translation>오류 %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="18"/>
        <source>Every word must match (AND).</source>
        <translation>모든 낱말이 들어 있는 기사 (AND).</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="19"/>
        <source>Either word matches.</source>
        <translation>둘 중 한 낱말이라도 들어 있는 기사.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="20"/>
        <source>Leaves out clippings with the word.</source>
        <translation>이 낱말이 들어 있는 기사는 뺍니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="21"/>
        <source>The words together, in this order.</source>
        <translation>낱말들이 이 순서대로 붙어 있는 기사.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="22"/>
        <source>Words beginning with these letters.</source>
        <translation>이 글자로 시작하는 낱말.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="24"/>
        <source>Only in the title; also outlet:, byline:, caption:, tag:, theme:, keyword: and note:.</source>
        <translation>제목에서만 찾습니다. outlet:(언론사), byline:(기자), caption:(사진 설명), tag:(태그), theme:(주제), keyword:(키워드), note:(메모)도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="27"/>
        <source>Published in this period, both days included.</source>
        <translation>이 기간에 보도된 기사 (첫날과 마지막 날 포함).</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="29"/>
        <source>Published in this month (or year: published:2024).</source>
        <translation>이 달에 보도된 기사 (해마다: published:2024).</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="31"/>
        <source>Korean words are split into their parts: each of these finds “경기도지사가”.</source>
        <translation>한국어 낱말은 형태소로 나누어 찾습니다. 이 셋 모두 “경기도지사가”를 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="38"/>
        <source>Search syntax</source>
        <translation>검색 방법</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="39"/>
        <source>Type in the search field (Ctrl+F); the list shows the best matches first. Save a search you use often with Ctrl+Shift+S.</source>
        <translation>검색창(Ctrl+F)에 입력하면 목록에 가장 잘 맞는 기사부터 나옵니다. 자주 쓰는 검색은 Ctrl+Shift+S로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="41"/>
        <source>You type</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="41"/>
        <source>It finds</source>
        <translation>찾는 기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="67"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>위, 아래, Page Up, Page Down</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="68"/>
        <source>Move through the list; the reader follows.</source>
        <translation>목록에서 이동합니다. 본문 창이 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="69"/>
        <source>The first or the last clipping.</source>
        <translation>첫 스크랩 또는 마지막 스크랩.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="70"/>
        <source>Shift+click, Ctrl+click</source>
        <translation>Shift+클릭, Ctrl+클릭</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="71"/>
        <source>Select several clippings, to tag, export or delete them.</source>
        <translation>여러 스크랩을 골라 한꺼번에 태그를 달거나 내보내거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="72"/>
        <source>In the reader: highlight the selected text, or add a note to it.</source>
        <translation>본문 창에서: 고른 글을 강조 표시하거나 메모를 답니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="74"/>
        <source>Double-click a row</source>
        <translation>목록의 줄을 두 번 클릭</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="74"/>
        <source>Edit the clipping.</source>
        <translation>스크랩을 편집합니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="75"/>
        <source>Double-click a photo</source>
        <translation>사진을 두 번 클릭</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="76"/>
        <source>The photo at full size; Left and Right go to the others.</source>
        <translation>사진을 원래 크기로 봅니다. 왼쪽·오른쪽 화살표로 다른 사진으로 넘어갑니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="78"/>
        <source>In the photo viewer: copy the photo, save its original file, zoom in, zoom out, fit it to the window.</source>
        <translation>사진 보기 창에서: 사진 복사, 원본 파일 저장, 확대, 축소, 창에 맞추기.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="80"/>
        <source>Close a dialog; during an import or export, cancel it.</source>
        <translation>대화 상자를 닫습니다. 가져오기나 내보내기 중에는 취소합니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="88"/>
        <source>Shortcuts of the menus, the list and the reader.</source>
        <translation>메뉴, 목록, 본문 창의 단축키입니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="89"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="89"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="98"/>
        <source>About Clipper</source>
        <translation>Clipper 정보</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="99"/>
        <source>Clipper %1: press clippings, organised.</source>
        <translation>Clipper %1: 언론 보도 스크랩을 정리합니다.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="50"/>
        <source>Import articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="51"/>
        <source>Articles (*.txt *.text *.html *.htm *.mhtml *.mht);;Print pages and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>기사 (*.txt *.text *.html *.htm *.mhtml *.mht);;지면·스캔 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="58"/>
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="71"/>
        <source>Nothing to import on the clipboard.</source>
        <translation>클립보드에 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="89"/>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>이미 가져오는 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="107"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="107"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/import_controller.py" line="135"/>
        <source>Imported %1 of %2.</source>
        <translation>%2개 중 %1개를 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="39"/>
        <source>no such file or folder</source>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="41"/>
        <source>nothing to import in this folder (no %1 files)</source>
        <translation>이 폴더에 가져올 것이 없습니다 (%1 파일 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="42"/>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="44"/>
        <source>file is %1 MB, over the %2 MB limit for a single article</source>
        <translation>파일이 %1 MB로, 기사 하나의 한도 %2 MB를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="46"/>
        <source>empty file</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="47"/>
        <source>cannot read file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="49"/>
        <source>unsupported file type (no extension)</source>
        <translation>지원하지 않는 파일 형식입니다 (확장자 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="51"/>
        <source>unsupported file type %1</source>
        <translation>지원하지 않는 파일 형식입니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="52"/>
        <source>too large to process</source>
        <translation>너무 커서 처리할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="54"/>
        <source>structure nested too deeply to read</source>
        <translation>구조가 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="56"/>
        <source>empty: no text in it</source>
        <translation>비어 있습니다: 글이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="58"/>
        <source>no article found: the text has no paragraphs of prose</source>
        <translation>기사를 찾지 못했습니다: 본문 문단이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="61"/>
        <source>no article found: nothing left after removing page furniture</source>
        <translation>기사를 찾지 못했습니다: 메뉴·광고 같은 페이지 요소를 빼고 나니 남은 글이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="64"/>
        <source>no article found: the page has no article text</source>
        <translation>기사를 찾지 못했습니다: 페이지에 기사 본문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="65"/>
        <source>no article found%1</source>
        <translation>기사를 찾지 못했습니다%1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="66"/>
        <source>empty page</source>
        <translation>빈 페이지입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="68"/>
        <source>not readable as HTML (%1)</source>
        <translation>HTML로 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="70"/>
        <source>could not read this page (%1)</source>
        <translation>이 페이지를 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="72"/>
        <source>page is cut off (it never closes &lt;/body&gt; or &lt;/html&gt;); save or download it again</source>
        <translation>페이지가 잘려 있습니다 (&lt;/body&gt;나 &lt;/html&gt;로 끝나지 않음). 다시 저장하거나 내려받으세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="75"/>
        <source>text has a %1 mark but is not valid %2</source>
        <translation>%1 표시가 있지만 올바른 %2 글이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="76"/>
        <source>binary file, not text</source>
        <translation>글이 아닌 바이너리 파일입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="78"/>
        <source>text not valid UTF-8 in %1 place(s), shown as �</source>
        <translation>UTF-8이 아닌 글자 %1곳을 �(으)로 표시했습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="80"/>
        <source>not valid text in any encoding tried (%1)</source>
        <translation>시도한 어떤 인코딩으로도 읽을 수 없는 글입니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="83"/>
        <source>not a readable MHTML archive (%1)</source>
        <translation>읽을 수 있는 MHTML 파일이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="85"/>
        <source>not an MHTML archive (no MIME parts)</source>
        <translation>MHTML 파일이 아닙니다 (MIME 부분 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="87"/>
        <source>no HTML page inside this MHTML archive</source>
        <translation>이 MHTML 파일 안에 HTML 페이지가 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="89"/>
        <source>the MHTML archive's page part is empty</source>
        <translation>MHTML 파일의 페이지 부분이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="92"/>
        <source>only http and https addresses can be imported, not %1</source>
        <translation>http와 https 주소만 가져올 수 있습니다 (%1은 안 됨)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="95"/>
        <source>the address has no host name</source>
        <translation>주소에 호스트 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="96"/>
        <source>not a web page but %1</source>
        <translation>웹페이지가 아니라 %1입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="97"/>
        <source>not an image but %1</source>
        <translation>이미지가 아니라 %1입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="99"/>
        <source>redirect loop: the redirects lead back to %1</source>
        <translation>리디렉션이 되풀이됩니다: %1(으)로 다시 돌아옵니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="101"/>
        <source>HTTP %1 redirect without a Location</source>
        <translation>HTTP %1 리디렉션에 이동할 주소(Location)가 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="103"/>
        <source>too many redirects (more than %1)</source>
        <translation>리디렉션이 너무 많습니다 (%1번 넘음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="104"/>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="105"/>
        <source>page not found</source>
        <translation>페이지를 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="106"/>
        <source>page removed</source>
        <translation>삭제된 페이지</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="107"/>
        <source>login required</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="108"/>
        <source>access refused</source>
        <translation>접근 거부</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="110"/>
        <source>too many requests; try again later</source>
        <translation>요청이 너무 많음. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="112"/>
        <source>server error; try again later</source>
        <translation>서버 오류. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="114"/>
        <source>cannot find the server %1 (no such host, or offline)</source>
        <translation>서버 %1을(를) 찾을 수 없습니다 (없는 주소이거나 오프라인)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="117"/>
        <source>cannot reach %1: connection refused</source>
        <translation>%1에 연결할 수 없습니다: 연결이 거부됨</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="119"/>
        <source>no answer from %1 (timed out)</source>
        <translation>%1에서 응답이 없습니다 (시간 초과)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="121"/>
        <source>no answer from %1 within %2 s</source>
        <translation>%1에서 %2초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="123"/>
        <source>secure connection to %1 failed (%2)</source>
        <translation>%1과(와) 보안 연결을 맺지 못했습니다 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="124"/>
        <source>cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="125"/>
        <source>cannot fetch %1: %2</source>
        <translation>%1에서 내려받을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="127"/>
        <source>response is %1over the %2 MB limit for a single article</source>
        <translation>응답이 %1기사 하나의 한도 %2 MB를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="129"/>
        <source>%1 MB, </source>
        <translation>%1 MB로, </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="131"/>
        <source>timed out after %1 s fetching %2</source>
        <translation>%2을(를) 가져오다가 %1초 만에 시간이 초과되었습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="133"/>
        <source>download too slow: gave up after %1 s</source>
        <translation>내려받기가 너무 느립니다: %1초 뒤 그만두었습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="135"/>
        <source>the server stopped answering (no data for %1 s)</source>
        <translation>서버가 응답을 멈췄습니다 (%1초 동안 데이터 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="137"/>
        <source>the server sent broken compressed data (%1)</source>
        <translation>서버가 깨진 압축 데이터를 보냈습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="139"/>
        <source>connection broke off while downloading (%1)</source>
        <translation>내려받는 중에 연결이 끊겼습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="142"/>
        <source>not downloaded: the page's photos took too long</source>
        <translation>가져오지 않았습니다: 페이지의 사진을 내려받는 데 너무 오래 걸렸습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="143"/>
        <source>photo %1 (%2): %3</source>
        <translation>사진 %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="145"/>
        <source>photo %1: %2</source>
        <translation>사진 %1: %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="147"/>
        <source>embedded photo is over the size limit</source>
        <translation>포함된 사진이 크기 한도를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="149"/>
        <source>embedded photo is not readable (%1)</source>
        <translation>포함된 사진을 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="151"/>
        <source>photo file is %1 MB, over the limit</source>
        <translation>사진 파일이 %1 MB로 한도를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="153"/>
        <source>image is %1 MB, over the limit</source>
        <translation>이미지가 %1 MB로 한도를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="155"/>
        <source>image too large to decode safely (%1)</source>
        <translation>이미지가 너무 커서 안전하게 열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="157"/>
        <source>not a readable image (%1)</source>
        <translation>읽을 수 있는 이미지가 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="159"/>
        <source>unsupported image format %1</source>
        <translation>지원하지 않는 이미지 형식입니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="162"/>
        <source>photos %1 to %2 stored without their images (over %3 photos per clipping), from %4</source>
        <translation>사진 %1~%2은(는) 이미지 없이 저장했습니다 (스크랩당 사진 %3장 초과), %4부터</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="165"/>
        <source>path %1 escapes the library folder</source>
        <translation>경로 %1이(가) 보관함 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="168"/>
        <source>duplicate of clipping %1 (%2)</source>
        <translation>스크랩 %1과(와) 중복 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="169"/>
        <source>same URL</source>
        <translation>같은 주소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="170"/>
        <source>same text</source>
        <translation>같은 본문</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="173"/>
        <source>%1; tags, themes and highlights merged into it</source>
        <translation>%1. 태그, 주제, 강조 표시를 그 스크랩에 합쳤습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="175"/>
        <source>not a readable ZIP file (%1)</source>
        <translation>읽을 수 있는 ZIP 파일이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="177"/>
        <source>bad clipping record: %1</source>
        <translation>스크랩 기록이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="178"/>
        <source>bad theme record: %1</source>
        <translation>잘못된 테마 기록: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="180"/>
        <source>address dropped: only http and https addresses are kept (%1)</source>
        <translation>주소를 뺐습니다: http와 https 주소만 보관합니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="183"/>
        <source>%1 is nested too deeply to read</source>
        <translation>%1의 구조가 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="185"/>
        <source>%1 is damaged in the bundle (%2)</source>
        <translation>묶음 안의 %1이(가) 손상되었습니다 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="187"/>
        <source>clipping %1 no longer exists; left out</source>
        <translation>스크랩 %1이(가) 더 이상 없어 뺐습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="188"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="190"/>
        <source>original not restored: %1</source>
        <translation>원본을 되살리지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="192"/>
        <source>%1 files in the ZIP, more than a bundle holds</source>
        <translation>ZIP 안에 파일이 %1개로, 묶음 파일이 담을 수 있는 수보다 많습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="194"/>
        <source>not a Clipper bundle (no %1 inside)</source>
        <translation>Clipper 묶음 파일이 아닙니다 (안에 %1 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="195"/>
        <source>not a Clipper bundle</source>
        <translation>Clipper 묶음 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="197"/>
        <source>the bundle's %1 is too large</source>
        <translation>묶음 파일의 %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="199"/>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1이(가) 올바른 JSON이 아닙니다 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="201"/>
        <source>bundle version %1 is newer than this Clipper reads (%2)</source>
        <translation>묶음 파일 버전 %1은(는) 이 Clipper가 읽을 수 있는 버전(%2)보다 새롭습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="204"/>
        <source>the bundle lists no clippings</source>
        <translation>묶음 파일에 스크랩이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="206"/>
        <source>the feed is empty</source>
        <translation>피드가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="208"/>
        <source>not a feed but a web page (HTML); look on the site for its RSS or Atom address</source>
        <translation>피드가 아니라 웹페이지(HTML)입니다. 사이트에서 RSS나 Atom 주소를 찾아 넣으세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="211"/>
        <source>not an RSS or Atom feed (%1)</source>
        <translation>RSS나 Atom 피드가 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="212"/>
        <source>not an RSS or Atom feed</source>
        <translation>RSS나 Atom 피드가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="214"/>
        <source>not an OPML file (%1)</source>
        <translation>OPML 파일이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="216"/>
        <source>not modified since the last check (%1)</source>
        <translation>마지막 확인 뒤로 바뀐 것이 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="218"/>
        <source>the filter cannot be read (%1); every entry was kept</source>
        <translation>걸러 낼 검색어를 읽을 수 없습니다 (%1). 모든 기사를 보관했습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="221"/>
        <source>does not match the filter %1</source>
        <translation>검색어 %1에 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="223"/>
        <source>older than the feed's first check; not fetched</source>
        <translation>피드를 처음 확인하기 전의 기사라 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="226"/>
        <source>alias '%1' already names outlet '%2'; an alias can name one outlet only</source>
        <translation>다른 이름 '%1'은(는) 이미 언론사 '%2'의 이름입니다. 한 이름은 한 언론사만 가리킬 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="229"/>
        <source>'%1' already names outlet '%2'; merge the two instead</source>
        <translation>'%1'은(는) 이미 언론사 '%2'의 이름입니다. 두 언론사를 합치세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="232"/>
        <source>domain '%1' belongs to outlet '%2'</source>
        <translation>도메인 '%1'은(는) 언론사 '%2'의 것입니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="235"/>
        <source>tone suggestions need at least %1 labelled clippings in each of two tones or more (labelled now: %2)</source>
        <translation>논조 제안을 받으려면 두 가지 이상의 논조에 각각 %1건 이상 지정되어 있어야 합니다(지금 지정된 수: %2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="239"/>
        <source>not a page: %1 (e.g. 1, A3, 경제 2)</source>
        <translation>면이 아닙니다: %1 (예: 1, A3, 경제 2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="241"/>
        <source>an outlet's weight is a whole number, not %1</source>
        <translation>언론사 순서(가중치)는 정수여야 합니다: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="243"/>
        <source>not a web domain: %1 (e.g. chosun.com)</source>
        <translation>웹 도메인이 아닙니다: %1 (예: chosun.com)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="247"/>
        <source>a .hwp file (the old Hangul format): save it as HWPX, Word or PDF in Hangul and import that</source>
        <translation>HWP 파일(예전 한글 형식)입니다: 한글에서 HWPX, Word 또는 PDF로 저장한 뒤 가져오세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="250"/>
        <source>cannot read the file (%1)</source>
        <translation>파일을 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="252"/>
        <source>file too big for a release</source>
        <translation>보도자료로 보기에는 파일이 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="254"/>
        <source>file too big for a release (%1 MB; the limit is %2 MB)</source>
        <translation>보도자료로 보기에는 파일이 너무 큽니다 (%1 MB, 한도 %2 MB)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="257"/>
        <source>no release text found (only a title or a head)</source>
        <translation>보도자료 본문이 없습니다 (제목이나 머리말뿐)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="259"/>
        <source>not a readable HWPX file (%1)</source>
        <translation>읽을 수 없는 HWPX 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="261"/>
        <source>not a readable PDF (%1)</source>
        <translation>읽을 수 없는 PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="263"/>
        <source>not a readable Word file (%1)</source>
        <translation>읽을 수 없는 Word 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="266"/>
        <source>not a release file (%1): Clipper reads releases as .txt, .docx, .hwpx and .pdf</source>
        <translation>보도자료 파일이 아닙니다 (%1): 보도자료는 .txt, .docx, .hwpx, .pdf 파일로 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="269"/>
        <source>same text as release %1</source>
        <translation>보도자료 %1과 같은 내용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="271"/>
        <source>text too long for one release (%1 characters; the limit is %2)</source>
        <translation>보도자료 하나로 보기에는 글이 너무 깁니다 (%1자, 한도 %2자)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="275"/>
        <source>the PDF has no text layer (a scanned page): it needs OCR first; save the release as text, Word or HWPX instead</source>
        <translation>PDF에 글자 정보가 없습니다 (스캔한 쪽): 먼저 OCR이 필요합니다. 보도자료를 텍스트, Word 또는 HWPX로 저장해 가져오세요</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="279"/>
        <source>could not be read as a release (%1)</source>
        <translation>보도자료로 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="280"/>
        <source>not a file</source>
        <translation>파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="281"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="283"/>
        <source>%1 page(s) to cut</source>
        <translation>오릴 지면 %1쪽</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="285"/>
        <source>%1 page(s) to cut (%2 to read by OCR)</source>
        <translation>오릴 지면 %1쪽 (글자 인식할 쪽 %2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="287"/>
        <source>%1 clipping(s) made of whole pages</source>
        <translation>지면 전체로 스크랩 %1건 만듦</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="289"/>
        <source>%1 clipping(s) made of whole pages (%2)</source>
        <translation>지면 전체로 스크랩 %1건 만듦 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="291"/>
        <source>already imported (pages %1)</source>
        <translation>이미 가져온 파일 (지면 %1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="292"/>
        <source>cancelled: nothing stored</source>
        <translation>취소됨: 아무것도 저장하지 않음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="294"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="296"/>
        <source>file is %1 MB, over the %2 MB limit</source>
        <translation>파일이 %1MB로 한도 %2MB를 넘음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="299"/>
        <source>no text found in the image: nothing stored (import it with `--pages` to keep it as a page)</source>
        <translation>이미지에서 글자를 찾지 못해 저장하지 않음 (지면으로 두려면 `--pages`로 가져오기)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="301"/>
        <source>no text found</source>
        <translation>글자 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="304"/>
        <source>the PDF has %1 pages, over the limit of %2 pages per file; split it (for example with `qpdf --split-pages`)</source>
        <translation>PDF가 %1쪽으로 파일당 한도 %2쪽을 넘음. 나누어 가져오기 (예: `qpdf --split-pages`)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="309"/>
        <source>the PDF is encrypted (password-protected); save a copy without the password and import that</source>
        <translation>암호가 걸린 PDF임. 암호 없이 사본을 저장해 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="312"/>
        <source>the PDF uses an unsupported security handler</source>
        <translation>지원하지 않는 보안 방식의 PDF임</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="314"/>
        <source>not a readable PDF (damaged or not a PDF)</source>
        <translation>읽을 수 없는 PDF (손상되었거나 PDF가 아님)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="315"/>
        <source>the PDF has no pages</source>
        <translation>PDF에 쪽이 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="317"/>
        <source>page %1 cannot be drawn (%2)</source>
        <translation>%1쪽을 그릴 수 없음 (%2)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="319"/>
        <source>the image has %1 pages, over the limit of %2</source>
        <translation>이미지가 %1쪽으로 한도 %2쪽을 넘음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="322"/>
        <source>the image is %1 × %2 pixels (%3 megapixels), over the limit of %4 megapixels for a page; scan at 300 dpi or less</source>
        <translation>이미지가 %1 × %2 픽셀(%3메가픽셀)로 지면 한도 %4메가픽셀을 넘음. 300dpi 이하로 스캔하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="326"/>
        <source>the image is damaged (%1)</source>
        <translation>손상된 이미지 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="328"/>
        <source>the image is empty (0 pixels)</source>
        <translation>빈 이미지 (0픽셀)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="330"/>
        <source>the image is too large to open safely (%1); scan at 300 dpi or less</source>
        <translation>안전하게 열기에는 너무 큰 이미지 (%1). 300dpi 이하로 스캔하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="334"/>
        <source>the image is too large to open safely (%1 megapixels), over the limit of %2 megapixels for a page; scan at 300 dpi or less</source>
        <translation>안전하게 열기에는 너무 큰 이미지(%1메가픽셀). 지면 한도 %2메가픽셀을 넘음. 300dpi 이하로 스캔하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="339"/>
        <source>the image is too large to open safely%1, over the limit of %2 megapixels for a page; scan at 300 dpi or less</source>
        <translation>안전하게 열기에는 너무 큰 이미지%1. 지면 한도 %2메가픽셀을 넘음. 300dpi 이하로 스캔하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="342"/>
        <source>the image is too large to open safely (%1)</source>
        <translation>안전하게 열기에는 너무 큰 이미지 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="344"/>
        <source>OCR took over %1 s and was stopped</source>
        <translation>글자 인식이 %1초를 넘어 멈춤</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="346"/>
        <source>Tesseract could not read the page (%1)</source>
        <translation>Tesseract가 지면을 읽지 못함 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="348"/>
        <source>Tesseract is not installed: install the Debian packages %1 (make setup does)</source>
        <translation>Tesseract가 설치되지 않음: 데비안 패키지 %1 설치 필요 (make setup이 설치함)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="351"/>
        <source>the page is too large to read</source>
        <translation>지면이 너무 커서 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="353"/>
        <source>the page image cannot be read (%1)</source>
        <translation>지면 이미지를 읽을 수 없음 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="355"/>
        <source>a page image vanished while storing; try again</source>
        <translation>저장하는 동안 지면 이미지가 사라짐. 다시 시도하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="357"/>
        <source>a cut image vanished while storing; try again</source>
        <translation>저장하는 동안 오린 이미지가 사라짐. 다시 시도하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="358"/>
        <source>no rectangle to cut</source>
        <translation>오릴 사각형이 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="360"/>
        <source>no text found inside the rectangle(s): nothing cut</source>
        <translation>사각형 안에서 글자를 찾지 못해 오리지 않음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="364"/>
        <source>page %1 of %2 has not been read yet: wait for the text recognition (Recognise text) first</source>
        <translation>%2의 %1쪽은 아직 글자를 인식하지 않음: 먼저 글자 인식이 끝나기를 기다리기 (글자 인식)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="368"/>
        <source>%1 has not been read yet: wait for the text recognition (Recognise text) first</source>
        <translation>%1은(는) 아직 글자를 인식하지 않음: 먼저 글자 인식이 끝나기를 기다리기 (글자 인식)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="372"/>
        <source>page %1 of %2: the page image cannot be read (%3); run `clipper check`</source>
        <translation>%2의 %1쪽: 지면 이미지를 읽을 수 없음 (%3). `clipper check` 실행하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="375"/>
        <source>%1: the page image cannot be read (%2); run `clipper check`</source>
        <translation>%1: 지면 이미지를 읽을 수 없음 (%2). `clipper check` 실행하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="378"/>
        <source>a rectangle is four whole numbers x0,y0,x1,y1 (%1)</source>
        <translation>사각형은 정수 네 개 x0,y0,x1,y1임 (%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="382"/>
        <source>the rectangle %1 is empty or outside page %2 of %3 (%4 × %5 pixels)</source>
        <translation>사각형 %1이(가) 비었거나 %3의 %2쪽 밖에 있음 (%4 × %5 픽셀)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="385"/>
        <source>the rectangle %1 is empty or outside %2 (%3 × %4 pixels)</source>
        <translation>사각형 %1이(가) 비었거나 %2 밖에 있음 (%3 × %4 픽셀)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="387"/>
        <source>cannot set %1 on a cut</source>
        <translation>오린 스크랩에는 %1을(를) 정할 수 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="390"/>
        <source>not a date: %1 (use YYYY-MM-DD)</source>
        <translation>날짜가 아님: %1 (YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="392"/>
        <source>no page with id %1; nothing deleted</source>
        <translation>번호 %1인 지면이 없어 아무것도 삭제하지 않음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="393"/>
        <source>no page with id %1</source>
        <translation>번호 %1인 지면이 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="395"/>
        <source>clipping %1 has no cut %2</source>
        <translation>스크랩 %1에 오린 조각 %2가 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="397"/>
        <source>%1: its image file is missing from the library (%2); run `clipper check`</source>
        <translation>%1: 이미지 파일이 라이브러리에 없음 (%2). `clipper check` 실행하기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/reasons.py" line="401"/>
        <source>page %1 of %2: %3</source>
        <translation>%2의 %1쪽: %3</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="32"/>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="38"/>
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="39"/>
        <source>Duplicates: %1</source>
        <translation>중복: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="40"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/import_dialogs.py" line="49"/>
        <source>Cancelled: %1 of %Ln item(s) were processed.</source>
        <translation>
            <numerusform>취소됨: %Ln개 중 %1개를 처리했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="56"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="56"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="56"/>
        <source>Title or reason</source>
        <translation>제목 또는 사유</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="67"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="67"/>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/import_dialogs.py" line="68"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="92"/>
        <source>Untagged</source>
        <translation>미분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="93"/>
        <source>New from a feed</source>
        <translation>피드에서 온 새 기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="94"/>
        <source>Suggested: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="95"/>
        <source>copy</source>
        <translation>사본</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/list_controller.py" line="110"/>
        <source>+%Ln copies</source>
        <translation>
            <numerusform>사본 +%Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="192"/>
        <source>No clippings here.</source>
        <translation>여기에는 스크랩이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/list_controller.py" line="245"/>
        <source>%Ln clipping(s) selected.</source>
        <translation>
            <numerusform>스크랩 %Ln개를 골랐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/list_controller.py" line="251"/>
        <source>This clipping was deleted.</source>
        <translation>삭제된 스크랩입니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="33"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="35"/>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="37"/>
        <source>Import &amp;Sample Articles</source>
        <translation>예시 기사 가져오기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="39"/>
        <source>&amp;Export PDF Report…</source>
        <translation>PDF 보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="41"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="43"/>
        <source>Export &amp;Bundle…</source>
        <translation>묶음 파일로 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="46"/>
        <source>&amp;Daily Clipping Report…</source>
        <translation>언론보도 스크랩(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="48"/>
        <source>Open Last &amp;Report</source>
        <translation>마지막 보고서 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="51"/>
        <source>&amp;Open Library…</source>
        <translation>보관함 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="59"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="64"/>
        <source>&amp;Paste Articles</source>
        <translation>기사 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="66"/>
        <source>&amp;Edit Clipping…</source>
        <translation>스크랩 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="69"/>
        <source>&amp;Delete Clipping</source>
        <translation>스크랩 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="72"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="74"/>
        <source>Open &amp;Original Page</source>
        <translation>원문 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="76"/>
        <source>Add &amp;Tags…</source>
        <translation>태그 달기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="78"/>
        <source>&amp;Remove Tag…</source>
        <translation>태그 떼기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="83"/>
        <source>&amp;Highlight</source>
        <translation>강조 표시(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="86"/>
        <source>Add &amp;Note…</source>
        <translation>메모 달기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="90"/>
        <source>&amp;Accept Suggested Themes</source>
        <translation>제안된 주제 받아들이기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="95"/>
        <source>Re&amp;ject Suggested Themes</source>
        <translation>제안된 주제 거절하기(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="98"/>
        <source>Same &amp;Story</source>
        <translation>같은 기사로 묶기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="100"/>
        <source>Not the Same Stor&amp;y</source>
        <translation>다른 기사로 분리(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="102"/>
        <source>&amp;Group Copies of a Story</source>
        <translation>같은 기사의 사본 묶어 보기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="108"/>
        <source>&amp;Save Search…</source>
        <translation>검색 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="175"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="339"/>
        <location filename="../../clipper/gui/window_actions.py" line="133"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="138"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="141"/>
        <source>&amp;Clipping</source>
        <translation>스크랩(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="150"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="110"/>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="80"/>
        <source>New Th&amp;eme…</source>
        <translation>새 캠페인 주제(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="88"/>
        <source>Remove Hi&amp;ghlight</source>
        <translation>강조 표시 지우기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="115"/>
        <source>Add to The&amp;me</source>
        <translation>캠페인 주제에 넣기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="154"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="157"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/window_actions.py" line="168"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="297"/>
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/main_window.py" line="436"/>
        <source>%Ln clipping(s) · %1 MB</source>
        <translation>
            <numerusform>스크랩 %Ln개 · %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="447"/>
        <source>Clipper</source>
        <translation>Clipper</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="584"/>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="592"/>
        <source>Correct clipping</source>
        <translation>스크랩 고치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="601"/>
        <source>Tag %1</source>
        <translation>태그 %1 달기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="607"/>
        <source>Remove tag %1</source>
        <translation>태그 %1 떼기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="613"/>
        <source>Add to theme %1</source>
        <translation>캠페인 주제 %1에 넣기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="618"/>
        <source>Rename tag %1</source>
        <translation>태그 %1 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="632"/>
        <source>New theme</source>
        <translation>새 캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="645"/>
        <source>Select some text of the article first.</source>
        <translation>먼저 기사에서 글을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="649"/>
        <source>Add note</source>
        <translation>메모 달기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="649"/>
        <source>Highlight</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="657"/>
        <source>Put the cursor in a highlight first.</source>
        <translation>먼저 강조 표시 안에 커서를 두세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="660"/>
        <source>Remove highlight</source>
        <translation>강조 표시 지우기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="332"/>
        <source>Cannot open library</source>
        <translation>보관함을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="108"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="110"/>
        <source>&amp;Search Syntax…</source>
        <translation>검색 방법(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="113"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/help.py" line="115"/>
        <source>&amp;About Clipper</source>
        <translation>Clipper 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Organise</name>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="27"/>
        <location filename="../../clipper/gui/actions/organising.py" line="33"/>
        <source>Export Report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="29"/>
        <source>Edit Theme…</source>
        <translation>캠페인 주제 편집…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="30"/>
        <source>Delete Theme</source>
        <translation>캠페인 주제 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="35"/>
        <location filename="../../clipper/gui/actions/organising.py" line="42"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="36"/>
        <source>Merge into…</source>
        <translation>다른 태그로 합치기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="37"/>
        <location filename="../../clipper/gui/actions/organising.py" line="43"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="61"/>
        <location filename="../../clipper/gui/actions/organising.py" line="71"/>
        <source>Edit theme</source>
        <translation>캠페인 주제 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="83"/>
        <location filename="../../clipper/gui/actions/organising.py" line="86"/>
        <source>Delete theme</source>
        <translation>캠페인 주제 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="84"/>
        <source>Delete the theme “%1”? Its clippings are kept.</source>
        <translation>캠페인 주제 “%1”을(를) 삭제할까요? 스크랩은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="114"/>
        <source>A theme needs a name.</source>
        <translation>테마 이름을 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/organising.py" line="123"/>
        <source>Rule suggests %Ln clipping(s): see the Inbox.</source>
        <translation>
            <numerusform>규칙이 스크랩 %Ln개를 제안했습니다. 받은 스크랩에서 검토하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="125"/>
        <source>The rule suggests no clippings to review.</source>
        <translation>규칙이 제안한, 검토할 스크랩이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="137"/>
        <source>No theme suggestions for this clipping.</source>
        <translation>이 스크랩에 제안된 주제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="139"/>
        <source>Review themes</source>
        <translation>주제 검토</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="152"/>
        <source>Select two or more clippings of the same story.</source>
        <translation>같은 기사의 스크랩을 두 개 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="158"/>
        <source>These clippings are one story already.</source>
        <translation>이 스크랩들은 이미 한 기사로 묶여 있습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="160"/>
        <source>Same story</source>
        <translation>같은 기사로 묶기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="172"/>
        <source>The selected clippings are not grouped with others.</source>
        <translation>선택한 스크랩은 다른 스크랩과 묶여 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="174"/>
        <source>Not the same story</source>
        <translation>다른 기사로 분리</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="185"/>
        <source>Add tags</source>
        <translation>태그 달기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/organising.py" line="186"/>
        <source>Tags for %Ln clipping(s), separated by commas (a/b makes a sub-tag):</source>
        <translation>
            <numerusform>스크랩 %Ln개에 달 태그 (쉼표로 구분, a/b는 하위 태그):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="198"/>
        <source>The selected clippings have no tags.</source>
        <translation>고른 스크랩에 태그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="200"/>
        <source>Remove tag</source>
        <translation>태그 떼기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="201"/>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="207"/>
        <source>Rename tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="208"/>
        <location filename="../../clipper/gui/actions/organising.py" line="255"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="217"/>
        <source>There is no other tag to merge into.</source>
        <translation>합칠 다른 태그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="220"/>
        <location filename="../../clipper/gui/actions/organising.py" line="223"/>
        <source>Merge tag</source>
        <translation>태그 합치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="221"/>
        <source>Merge “%1” into:</source>
        <translation>“%1”을(를) 합칠 태그:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="229"/>
        <location filename="../../clipper/gui/actions/organising.py" line="232"/>
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="230"/>
        <source>Remove the tag “%1” (and its sub-tags) from every clipping?</source>
        <translation>모든 스크랩에서 태그 “%1”(하위 태그 포함)을(를) 지울까요?</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="240"/>
        <source>Type a search first.</source>
        <translation>먼저 검색어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="242"/>
        <location filename="../../clipper/gui/actions/organising.py" line="249"/>
        <source>Save search</source>
        <translation>검색 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="243"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="254"/>
        <location filename="../../clipper/gui/actions/organising.py" line="257"/>
        <source>Rename saved search</source>
        <translation>저장한 검색 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="263"/>
        <location filename="../../clipper/gui/actions/organising.py" line="265"/>
        <source>Delete saved search</source>
        <translation>저장한 검색 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/actions/organising.py" line="264"/>
        <source>Delete the saved search “%1”?</source>
        <translation>저장한 검색 “%1”을(를) 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>OutletsDialog</name>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="37"/>
        <source>Outlets</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="40"/>
        <source>Only outlets without a category</source>
        <translation>분류 없는 언론사만</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="44"/>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="44"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="44"/>
        <source>Weight</source>
        <translation>순서(가중치)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="44"/>
        <source>Aliases</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="45"/>
        <source>Domains</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="45"/>
        <source>Clippings</source>
        <translation>기사 수</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="54"/>
        <source>Merge into Another Outlet…</source>
        <translation>다른 언론사로 합치기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="56"/>
        <source>Categories…</source>
        <translation>분류 목록…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="88"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="124"/>
        <source>Outlet categories</source>
        <translation>언론사 분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="125"/>
        <source>One category a line, in the order reports list them:</source>
        <translation>한 줄에 분류 하나씩, 보고서에 나올 순서대로:</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="138"/>
        <source>Merge outlet</source>
        <translation>언론사 합치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/outlets_dialog.py" line="139"/>
        <source>Merge “%1” into (its clippings move there):</source>
        <translation>“%1”을(를) 합칠 언론사(기사가 그쪽으로 옮겨집니다):</translation>
    </message>
</context>
<context>
    <name>PhotoFields</name>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="58"/>
        <source>Photo %1</source>
        <translation>사진 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="69"/>
        <source>No image stored</source>
        <translation>저장된 이미지 없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="77"/>
        <source>Caption</source>
        <translation>사진 설명</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/edit_dialog.py" line="78"/>
        <source>Credit</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="53"/>
        <source>Photos: %1</source>
        <translation>사진: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="94"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="95"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="101"/>
        <source>Copy Image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="102"/>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="103"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="185"/>
        <source>The photo's file is missing from the library or cannot be read.</source>
        <translation>이 사진의 파일이 보관함에 없거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="188"/>
        <source>No image stored: the source named this photo but did not include its file (text copied from a page carries captions only).</source>
        <translation>저장된 이미지가 없습니다. 원문에 사진이 있었지만 파일은 들어 있지 않았습니다(웹 페이지에서 복사한 텍스트에는 사진 설명만 담깁니다).</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="191"/>
        <source>(no caption)</source>
        <translation>(사진 설명 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="298"/>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="310"/>
        <source>Save Photo</source>
        <translation>사진 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="299"/>
        <source>Image (*%1)</source>
        <translation>이미지 (*%1)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/photo_viewer.py" line="311"/>
        <source>Could not save the photo: %1</source>
        <translation>사진을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="31"/>
        <source>near-verbatim</source>
        <translation>거의 그대로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="32"/>
        <source>partial</source>
        <translation>일부 인용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="33"/>
        <source>rewrite</source>
        <translation>재작성</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="150"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="203"/>
        <source>Release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="151"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="204"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="153"/>
        <source>Department</source>
        <translation>담당부서</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="154"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="208"/>
        <source>Pickups</source>
        <translation>보도</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="156"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="206"/>
        <source>Outlets</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="158"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="216"/>
        <source>Near-verbatim</source>
        <translation>거의 그대로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="160"/>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="218"/>
        <source>Photos used</source>
        <translation>사진 사용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="162"/>
        <source>First pickup</source>
        <translation>첫 보도</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="169"/>
        <source>by its credit</source>
        <translation>출처 표기로 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="170"/>
        <source>by the image</source>
        <translation>사진 비교로 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="171"/>
        <source>by its credit and the image</source>
        <translation>출처 표기와 사진 비교로 확인</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="179"/>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="180"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="181"/>
        <source>Published</source>
        <translation>보도일</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="183"/>
        <source>Imported</source>
        <translation>수집 시각</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="185"/>
        <source>Share</source>
        <translation>인용 비율</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="187"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="191"/>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/models/pickup_tables.py" line="201"/>
        <source>(no category)</source>
        <translation>(구분 없음)</translation>
    </message>
</context>
<context>
    <name>PickupDiffDialog</name>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="239"/>
        <source>changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="240"/>
        <source>added by the outlet</source>
        <translation>언론사가 덧붙임</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="241"/>
        <source>left out</source>
        <translation>빠짐</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="250"/>
        <source>Up/Down or N/P: next or previous difference · Esc: close</source>
        <translation>위/아래 또는 N/P: 다음·이전 차이 · Esc: 닫기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="259"/>
        <source>Release and article side by side</source>
        <translation>보도자료와 기사 나란히 보기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="262"/>
        <source>Release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="263"/>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="268"/>
        <source>No difference: the outlet ran the release as it is.</source>
        <translation>차이 없음: 언론사가 보도자료를 그대로 실었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/pickup_diff.py" line="270"/>
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>차이 %Ln곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_diff.py" line="272"/>
        <source>Difference %1 of %2</source>
        <translation>차이 %1/%2</translation>
    </message>
</context>
<context>
    <name>PickupReportDialog</name>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="50"/>
        <source>Pickup report</source>
        <translation>보도자료 활용 보고</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="61"/>
        <source>This Week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="63"/>
        <source>Releases issued from</source>
        <translation>배포 기간</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="65"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="88"/>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="90"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/pickup_report.py" line="118"/>
        <source>Total (%Ln release(s))</source>
        <translation>
            <numerusform>합계 (보도자료 %Ln건)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="126"/>
        <source>No release was issued in this period.</source>
        <translation>이 기간에 배포한 보도자료가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/pickup_report.py" line="127"/>
        <source>Outlets by category count each outlet once; near-verbatim share is of the pickups.</source>
        <translation>매체 구분별 수는 언론사마다 한 번만 셉니다. 거의 그대로 비율은 보도 건수에 대한 비율입니다.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="42"/>
        <source>Print placement</source>
        <translation>지면 위치</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="48"/>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="53"/>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="59"/>
        <source>(keep)</source>
        <translation>(그대로)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="60"/>
        <source>Edition</source>
        <translation>판</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="61"/>
        <source>Page (면)</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="62"/>
        <source>Position</source>
        <translation>위치</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../clipper/gui/views/progress_dialog.py" line="27"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/progress_dialog.py" line="32"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/progress_dialog.py" line="44"/>
        <source>%1 of %2: %3</source>
        <translation>%2개 중 %1번째: %3</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/progress_dialog.py" line="49"/>
        <source>Cancelling after the current item…</source>
        <translation>지금 항목을 마치고 취소합니다…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="95"/>
        <source>Select a clipping to read it.</source>
        <translation>읽을 스크랩을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="120"/>
        <location filename="../../clipper/gui/views/reader.py" line="308"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="137"/>
        <source>Themes: %s</source>
        <translation>캠페인 주제: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="139"/>
        <source>Tags: %s</source>
        <translation>태그: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="152"/>
        <source>Show the release and this article side by side</source>
        <translation>보도자료와 이 기사를 나란히 보기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="157"/>
        <source>Suggested themes (to review): %s</source>
        <translation>제안된 캠페인 주제 (검토 필요): %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="189"/>
        <source>Keywords: %s</source>
        <translation>기사 키워드: %s</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="219"/>
        <source>Double-click to see the photo at full size</source>
        <translation>두 번 클릭하면 사진을 원래 크기로 봅니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="228"/>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/reader.py" line="300"/>
        <source>Also carried by:</source>
        <translation>같은 기사를 실은 곳:</translation>
    </message>
</context>
<context>
    <name>ReleaseFieldsDialog</name>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="55"/>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="82"/>
        <source>Edit release</source>
        <translation>보도자료 고치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="64"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="65"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="66"/>
        <source>Department</source>
        <translation>담당부서</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="67"/>
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_dialogs.py" line="83"/>
        <source>The date must read YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>날짜는 YYYY-MM-DD 형식으로 적어 주세요 (예: 2026-12-07).</translation>
    </message>
</context>
<context>
    <name>ReleaseText</name>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="92"/>
        <source>Select a release to see who picked it up.</source>
        <translation>보도자료를 고르면 어느 언론사가 실었는지 보입니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="105"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="157"/>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="180"/>
        <source>Filter releases (words, department, date…)</source>
        <translation>보도자료 찾기 (낱말, 부서, 날짜…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="245"/>
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>보도자료 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="291"/>
        <source>distance %1</source>
        <translation>해시 거리 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="294"/>
        <source>photo %1 %2</source>
        <translation>사진 %1: %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="310"/>
        <source>No outlet has picked this release up yet.</source>
        <translation>아직 이 보도자료를 실은 언론사가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="316"/>
        <source>%Ln pickup(s)</source>
        <translation>
            <numerusform>보도 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="317"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>언론사 %Ln곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="318"/>
        <source>near-verbatim %1</source>
        <translation>거의 그대로 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="319"/>
        <source>photos used %1</source>
        <translation>사진 사용 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="322"/>
        <source>First pickup %1 · last %2</source>
        <translation>첫 보도 %1 · 마지막 %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="326"/>
        <source>collected %1 – %2</source>
        <translation>수집 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/release_view.py" line="330"/>
        <source>(no category)</source>
        <translation>(구분 없음)</translation>
    </message>
</context>
<context>
    <name>Releases</name>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="65"/>
        <source>Import Re&amp;leases…</source>
        <translation>보도자료 가져오기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="67"/>
        <source>&amp;Pickup…</source>
        <translation>보도자료 활용(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="69"/>
        <source>Photo &amp;Credits…</source>
        <translation>사진 출처(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="71"/>
        <source>&amp;Match Releases Again</source>
        <translation>보도자료 다시 대조(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="73"/>
        <source>&amp;Edit Release…</source>
        <translation>보도자료 고치기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="75"/>
        <source>&amp;Delete Release</source>
        <translation>보도자료 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="78"/>
        <source>Export Pickups as CSV…</source>
        <translation>보도 목록 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="92"/>
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="95"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="190"/>
        <source>No release matches.</source>
        <translation>맞는 보도자료가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="191"/>
        <source>No releases yet: File &gt; Import Releases…, or drop the files on Releases in the sidebar.</source>
        <translation>아직 보도자료가 없습니다: 파일 &gt; 보도자료 가져오기…를 쓰거나, 파일을 사이드바의 보도자료에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="202"/>
        <source>This release was deleted.</source>
        <translation>이 보도자료는 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="233"/>
        <source>Release and article</source>
        <translation>보도자료와 기사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="241"/>
        <source>%1 of the article is the release's</source>
        <translation>기사의 %1가 보도자료 문장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="243"/>
        <source>carries %1 of the release</source>
        <translation>보도자료의 %1 반영</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="246"/>
        <location filename="../../clipper/gui/release_controller.py" line="271"/>
        <source>%Ln photo(s) of the office</source>
        <translation>
            <numerusform>제공 사진 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="268"/>
        <source>Release 〈%1〉 quoted</source>
        <translation>보도자료 〈%1〉 인용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="280"/>
        <source>Import press releases</source>
        <translation>보도자료 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="281"/>
        <source>Press releases (%1);;All files (*)</source>
        <translation>보도자료 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="291"/>
        <source>Releases are being imported; wait for it or cancel it.</source>
        <translation>보도자료를 가져오는 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="302"/>
        <source>Releases imported</source>
        <translation>보도자료 가져오기 결과</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="308"/>
        <source>Imported %1 of %2 release(s).</source>
        <translation>보도자료 %2건 중 %1건을 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="315"/>
        <source>Import releases</source>
        <translation>보도자료 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="316"/>
        <source>Importing releases</source>
        <translation>보도자료를 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="338"/>
        <location filename="../../clipper/gui/release_controller.py" line="342"/>
        <source>Delete release</source>
        <translation>보도자료 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="339"/>
        <source>Delete the release “%1” and its pickups? (Undo gives it back.)</source>
        <translation>보도자료 “%1”와 그 보도 대조 결과를 삭제할까요? (실행 취소로 되돌릴 수 있습니다.)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="358"/>
        <source>Edit release</source>
        <translation>보도자료 고치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="372"/>
        <source>Photo credits</source>
        <translation>사진 출처</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="378"/>
        <source>Matched again: %Ln pickup(s).</source>
        <translation>
            <numerusform>다시 대조했습니다: 보도 %Ln건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="382"/>
        <source>Match releases</source>
        <translation>보도자료 대조</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="384"/>
        <source>Matching releases and clippings</source>
        <translation>보도자료와 스크랩을 대조하는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="410"/>
        <source>The pickup table was copied.</source>
        <translation>보도자료 활용 표를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="427"/>
        <location filename="../../clipper/gui/release_controller.py" line="439"/>
        <source>Export pickup CSV</source>
        <translation>보도자료 활용 CSV 내보내기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/release_controller.py" line="428"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="436"/>
        <source>Wrote %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>%1 파일을 만들었습니다 (%Ln행).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="84"/>
        <source>Response</source>
        <translation>대응</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="87"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="90"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="103"/>
        <source>the office's own document: a web address or path</source>
        <translation>우리 기관 문서: 웹 주소나 파일 경로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="104"/>
        <source>Done (closed)</source>
        <translation>완료(종결)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="108"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="110"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/desk_dialogs.py" line="111"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="38"/>
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="164"/>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="174"/>
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="182"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="183"/>
        <source>Loading the Korean analyser for the first search…</source>
        <translation>첫 검색이라 한국어 분석기를 불러오는 중입니다…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/search_controller.py" line="148"/>
        <source>%Ln clipping(s) match.</source>
        <translation>
            <numerusform>스크랩 %Ln개가 검색됐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_controller.py" line="155"/>
        <source>Nothing matches this search.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SearchWorker</name>
    <message>
        <location filename="../../clipper/gui/search_worker.py" line="147"/>
        <source>The search stopped; try again.</source>
        <translation>검색이 멈췄습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/search_worker.py" line="181"/>
        <source>The search stopped unexpectedly; try again.</source>
        <translation>검색이 예기치 않게 멈췄습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="78"/>
        <source>All clippings</source>
        <translation>모든 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="79"/>
        <source>Inbox</source>
        <translation>받은 스크랩</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="83"/>
        <source>Pages to cut</source>
        <translation>오릴 지면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="85"/>
        <source>Newspaper pages imported from PDFs and scans, waiting for their articles to be cut out</source>
        <translation>PDF와 스캔에서 가져와 기사를 오려내기를 기다리는 신문 지면</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="88"/>
        <source>Themes</source>
        <translation>캠페인 주제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="95"/>
        <source>%Ln to review</source>
        <translation>
            <numerusform>검토 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="98"/>
        <source>%Ln clipping(s) suggested by the rule wait in the Inbox.</source>
        <translation>
            <numerusform>규칙이 제안한 스크랩 %Ln개가 받은 스크랩에서 검토를 기다립니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="101"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="104"/>
        <source>Saved searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="114"/>
        <source>Outlets</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="116"/>
        <source>(no outlet)</source>
        <translation>(언론사 없음)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="129"/>
        <source>Releases</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="134"/>
        <source>The office's press releases and who picked them up. Drop release files (TXT, DOCX, HWPX, PDF) here to import them.</source>
        <translation>우리 기관의 보도자료와 이를 실은 언론사. 보도자료 파일(TXT, DOCX, HWPX, PDF)을 여기에 끌어다 놓으면 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="138"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="142"/>
        <source>%1: %Ln pickup(s) in %2 outlet(s)</source>
        <translation>
            <numerusform>%1: 언론사 %2곳에서 보도 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="163"/>
        <source>Add a feed: Feeds &gt; Add Feed…</source>
        <translation>피드 추가: 피드 &gt; 피드 추가…</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="174"/>
        <source>%1 new</source>
        <translation>새 기사 %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="177"/>
        <source>Last check: %1</source>
        <translation>마지막 확인: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="178"/>
        <source>never</source>
        <translation>아직 안 함</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="181"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="185"/>
        <source>Failing: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="202"/>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="211"/>
        <location filename="../../clipper/gui/views/sidebar.py" line="214"/>
        <source>Responses</source>
        <translation>대응</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="215"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>기한 지남 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/sidebar.py" line="217"/>
        <source>Responses to critical reports still open</source>
        <translation>아직 끝나지 않은 비판·오보 기사 대응</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="41"/>
        <source>Edit theme</source>
        <translation>캠페인 주제 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="41"/>
        <source>New theme</source>
        <translation>새 캠페인 주제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="57"/>
        <source>One key message a line</source>
        <translation>한 줄에 핵심 메시지 하나</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="59"/>
        <source>A search query; matches are suggested</source>
        <translation>검색어: 맞는 스크랩을 제안합니다</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="61"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="62"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="63"/>
        <source>Colour</source>
        <translation>색깔</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="64"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="65"/>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="66"/>
        <source>Key messages</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="67"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/views/theme_dialog.py" line="77"/>
        <source>Theme colour</source>
        <translation>주제 색깔</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="43"/>
        <source>add tag {tags} to {count} clipping(s)</source>
        <translation>스크랩 {count}개에 태그 {tags} 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="44"/>
        <source>remove tag {tags} from {count} clipping(s)</source>
        <translation>스크랩 {count}개에서 태그 {tags} 제거</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="45"/>
        <source>rename tag {sources} to {target}</source>
        <translation>태그 {sources} 이름을 {target}(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="46"/>
        <source>merge tag {sources} into {target}</source>
        <translation>태그 {sources}을(를) {target}에 병합</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="47"/>
        <source>delete tag {name}</source>
        <translation>태그 {name} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="48"/>
        <source>keywords of {count} clipping(s) to tags</source>
        <translation>스크랩 {count}개의 키워드를 태그로</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="49"/>
        <source>create theme {name}</source>
        <translation>테마 {name} 만들기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="50"/>
        <source>edit theme {name}</source>
        <translation>테마 {name} 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="51"/>
        <source>delete theme {name}</source>
        <translation>테마 {name} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="52"/>
        <source>add {count} clipping(s) to theme {name}</source>
        <translation>스크랩 {count}개를 테마 {name}에 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="53"/>
        <source>remove {count} clipping(s) from theme {name}</source>
        <translation>스크랩 {count}개를 테마 {name}에서 제거</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="54"/>
        <source>accept theme {name}</source>
        <translation>테마 {name} 제안 수락</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="55"/>
        <source>reject theme {name}</source>
        <translation>테마 {name} 제안 거절</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="56"/>
        <source>review theme {name}</source>
        <translation>테마 {name} 검토</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="57"/>
        <source>run the rule of theme {name}</source>
        <translation>테마 {name}의 규칙 실행</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="58"/>
        <source>run every theme's rule</source>
        <translation>모든 테마 규칙 실행</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="59"/>
        <source>highlight</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="60"/>
        <source>add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="61"/>
        <source>edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="62"/>
        <source>remove highlight</source>
        <translation>강조 표시 제거</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="63"/>
        <source>correct clipping</source>
        <translation>스크랩 수정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="64"/>
        <source>delete {count} clipping(s)</source>
        <translation>스크랩 {count}개 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="65"/>
        <source>save search {name}</source>
        <translation>검색 {name} 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="66"/>
        <source>rename saved search {name}</source>
        <translation>저장된 검색 {name} 이름 변경</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="67"/>
        <source>delete saved search {name}</source>
        <translation>저장된 검색 {name} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="68"/>
        <source>split {count} clipping(s) from their story</source>
        <translation>스크랩 {count}개를 기사 묶음에서 분리</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="69"/>
        <source>merge {count} clipping(s) into one story</source>
        <translation>스크랩 {count}개를 한 기사 묶음으로 병합</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="71"/>
        <source>save report preset {name}</source>
        <translation>스크랩 프리셋 {name} 저장</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="72"/>
        <source>delete report preset {name}</source>
        <translation>스크랩 프리셋 {name} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="74"/>
        <source>set tone {tone} on {count} clipping(s)</source>
        <translation>스크랩 {count}개에 논조 {tone} 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="75"/>
        <source>clear the tone of {count} clipping(s)</source>
        <translation>스크랩 {count}개의 논조 지우기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="76"/>
        <source>accept suggested tones of {count} clipping(s)</source>
        <translation>스크랩 {count}개의 제안된 논조 적용</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="78"/>
        <source>add tone {name}</source>
        <translation>논조 {name} 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="79"/>
        <source>edit tone {tone}</source>
        <translation>논조 {tone} 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="80"/>
        <source>delete tone {tone}</source>
        <translation>논조 {tone} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="81"/>
        <source>set print placement of {count} clipping(s)</source>
        <translation>스크랩 {count}개의 지면 위치 지정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="82"/>
        <source>response {response} for clipping {clipping}</source>
        <translation>스크랩 {clipping}의 대응 {response}</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="83"/>
        <source>remove the response of clipping {clipping}</source>
        <translation>스크랩 {clipping}의 대응 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="84"/>
        <source>edit outlet {outlet}</source>
        <translation>언론사 {outlet} 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="85"/>
        <source>merge outlet {sources} into {target}</source>
        <translation>언론사 {sources}을(를) {target}(으)로 합치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="86"/>
        <source>add outlet {outlet}</source>
        <translation>언론사 {outlet} 추가</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="87"/>
        <source>edit outlet categories</source>
        <translation>언론사 분류 편집</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="89"/>
        <source>import {count} release file(s)</source>
        <translation>보도자료 파일 {count}개 가져오기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="90"/>
        <source>delete release(s) {ids}</source>
        <translation>보도자료 {ids} 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="91"/>
        <source>edit release {id}</source>
        <translation>보도자료 {id} 고치기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="92"/>
        <source>set photo credits</source>
        <translation>사진 출처 설정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="94"/>
        <source>cut an article from a page</source>
        <translation>지면에서 기사 오리기</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="95"/>
        <source>delete print pages</source>
        <translation>지면 삭제</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="96"/>
        <source>edit a print page</source>
        <translation>지면 정보 수정</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="149"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="209"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="209"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="218"/>
        <source>Undone: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location filename="../../clipper/gui/undo_actions.py" line="219"/>
        <source>Redone: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../clipper/gui/main_window.py" line="701"/>
        <source>Add to theme %1</source>
        <translation>캠페인 주제 %1에 넣기</translation>
    </message>
</context>
</TS>
