"""Which photos and captions are the article's: a caption never eats the article, and
video teasers and advertisements are not the article's photos.

Pages under tests/data/photos, two outlets' layouts for each rule.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA

PHOTOS = DATA / "photos"


def _clip(service, name: str):
    [outcome] = service.import_paths([PHOTOS / name])
    assert outcome.status == "imported", outcome.reason
    return service.get(outcome.clipping_id)


@pytest.mark.parametrize(("name", "first", "last"), [
    ("arirang_description.html", "Gyeonggi Province will open 31 child care centers",
     "would add places where demand is highest after the first year."),
    ("kyeongin_description.html", "인천경제자유구역청은 송도국제도시에",
     "내국인 입학 비율을 엄격히 제한해야 한다고 주장했다."),
])
def test_a_description_container_holding_the_article_is_not_a_caption(service, name, first,
                                                                       last):
    clip = _clip(service, name)
    body = clip.body_text()
    assert first in body and last in body
    assert len(clip.body) >= 6
    [photo] = clip.photos
    assert len(photo.caption) < 100  # the image's own alt text, not the article


@pytest.mark.parametrize(("name", "kept"), [
    ("cnbc_video_teaser.html", "107400001-1714590000001-powell.jpeg"),
    ("ytn_video_teaser.html", "202405101520012345_d.jpg"),
])
def test_a_video_teaser_is_not_a_photo_of_the_article(service, name, kept):
    clip = _clip(service, name)
    assert len(clip.photos) == 1 and kept in clip.photos[0].src
    assert clip.photos[0].caption


@pytest.mark.parametrize(("name", "kept"), [
    ("latimes_ad.html", "cooling-center.jpg"),
    ("joongang_ad.html", "subway.jpg"),
])
def test_an_advertisement_is_not_a_photo_of_the_article(service, name, kept):
    clip = _clip(service, name)
    assert [kept in p.src for p in clip.photos] == [True]
    assert "Advertisement" not in clip.body_text() and "광고" not in clip.body_text()
