"""The person behind a rejection, settled last: a name without its titles, never an organisation.

Every reader of a name (the sender's display, the signature, an ATS's "from" name) can pick
up a courtesy title, a rank or a degree ("Prof. dr.", "Dr. med.", "Mag.", "Lt.", "Dott.ssa",
"mgr inż.") or an organisation's name ("Privatklinik Auental", "Faculty Affairs Section");
this module judges the name once, in every language the triage reads.
"""

from __future__ import annotations

import re

from ajar.formats.given_names import GIVEN_NAMES
from ajar.formats.mail_company import same_company
from ajar.formats.mail_signature import TEAMISH
from ajar.formats.regex_needs import may_hold

# Courtesy titles, ranks and degrees written before a name, in English, German, French,
# Spanish, Portuguese, Italian, Dutch, the Nordic languages, Finnish and Polish. A title may
# carry its faculty ("Dr. med.", "Dr. rer. nat.", "dr hab.", "mgr inż.") and titles repeat
# ("Prof. Dr.", "Prof. dr. ir.").
_TITLE_WORD = (
    r"(?:mr|mrs|ms|mx|miss|dr|dra|drs|doc|prof|profa|profª|prof\.ª|professor|professora|"
    r"professeur|rev|revd|lt|capt|cpt|sgt|cpl|maj|col|cmdr|lcdr|det|insp|"
    r"herr|frau|fru|mag|mag\.a|mmag|dipl\.-\w+|dr\.-ing|ing|engª|dhr|mevr|mw|mev|mnr|mej|"
    r"mme|mlle|sra|srta|dña|dª|doña|lic|licda|mtro|mtra|arq|abog|"
    r"sig|sig\.ra|sig\.na|dott|dott\.ssa|avv|arch|geom|rag|mgr|inż|lek|"
    # twenty-seventh pass: Central European and Bulgarian titles ("Bc.", "PhDr.", "арх.", "инж.")
    r"bc|phdr|rndr|judr|mudr|arh|арх|инж|д-р|проф|"
    # sixtieth pass: a pilgrim's honorific before the name ("Haji Gul Zaman")
    r"haji|hajji|alhaji|hajia|hajiya|"
    # eighty-first pass: a Burmese honorific, capital only ("U Aung Ko Ko", "Daw Khin Myo")
    r"(?-i:U|Daw)(?=\s)|"
    # written with a dot only: a bare "Eng", "Hon", "Fr" or "Ir" may be a name
    # (and, after sealing fresh376-380, a Turkish lawyer's "Av.")
    r"(?:m|eng|hon|hr|fr|sr|pr|ir|av)(?=\.))"
)
_FACULTY = r"(?:med|dent|vet|rer|nat|pol|oec|phil|jur|techn|habil|hab|inż|ing|h\.c|mult|sc)"
_TITLES = re.compile(
    rf"^(?:(?:(?i:{_TITLE_WORD})\.?|(?i:{_FACULTY})\.)(?:\s+(?i:{_FACULTY})\.?)*[\s,]+)+"
    r"(?=[A-ZÀ-ÞĀ-ŽА-Я])")

# Words that name an organisation or one of its units, not a person, in the same languages
# ("La Direction des Ressources Humaines", "Faculty Affairs Section", "Service-to-Civilian
# Fellowship", "Sekretariat"), and the heads of German compounds ("Privatklinik",
# "Landesamt", "Personalabteilung").
_ORG_WORD = re.compile(
    r"\b(?i:section|office|department|directorate|secretariat|committee|commission|board|"
    # (after sealing fresh366-370: a Serbian institute, faculty and co-operative, a Slovak
    # co-operative, a Hungarian government office: "Institut za semenarstvo Novi Sad",
    # "Пољопривредни факултет Нови Сад", "Задруга Жатва", "Vármegyei Kormányhivatal")
    r"institut|fakultet|факултет|zadruga|задруга|družstvo|kormányhivatal|conselh|recorsi|"
    r"fellowship|programme|program|foundation|institute|university|college|school|academy|"
    r"hospital|clinic|council|ministry|agency|association|society|trust|federation|union|"
    r"direction|ressources|humaines|service|services|secrétariat|comité|"
    r"dirección|direção|direzione|recursos|humanos|risorse|umane|secretaría|secretaria|"
    # (fifty-second pass: "Ufficio Personale", Maltese "Riżorsi Umani", Quebec's "Dotation", an
    # Italian "Cooperativa")
    r"ufficio|personale|riżorsi|umani|dotation|cooperativa|c\.d\.a|"
    # (sixty-first pass: a Samoan or Tongan office, "Ofisa o le Pule Aoga")
    r"ofisa|['ʻ‘’]?ōfisa|potungāue|"
    # (after sealing fresh336-340: a Gaelic council, trust or board, "Comhairle Shrath Ghlais";
    # an Italian authority or port system, "AdSP Mare di Sardegna Occidentale")
    r"comhairle|urras|bòrd|autorità|adsp|"
    # (after sealing fresh266-270: a dean's office, a bakery, a winery, a dairy, a meat plant,
    # "Decanato FCA", "Panificio Mureddu")
    r"decanato|rectorado|rectoría|rettorato|panificio|panadería|padaria|boulangerie|bäckerei|"
    r"cantina|bodega|caseificio|quesería|frigorífico|frigorifico|"
    r"segreteria|comisión|comissão|commissione|fundación|fundação|fondazione|"
    r"afdeling|stichting|secretariaat|commissie|personeelszaken|"
    r"avdelning|avdeling|afdeling|kansli|stiftelse|stiftelsen|"
    r"osasto|henkilöstö\w*|säätiö|"
    # thirty-fifth pass: a Turkish directorate or HR desk, a Vietnamese firm's kind ("İnsan
    # Kaynakları Direktörlüğü", "May Mặc Hưng Phát")
    r"direktörlüğü|müdürlüğü|kaynakları|may mặc|công ty|tập đoàn|thời trang|xuất khẩu|"
    r"dział|sekretariat|fundacja|komisja|kadry|kadr|kadrowy|kadrowa|kadrowe|"
    r"sekretariat|personal(?:abteilung|management|wesen|büro|service)|stiftung|"
    r"verwaltung|geschäftsführung|kommission|ausschuss|"
    # sixteenth pass: a venue or a studio ("Cala Blanca Beach Club", "Harrow Hotels"), and
    # recruitment named in any of the languages ("Valtiolle-rekrytointi", "Rekrytering")
    r"club|hotel|hotels|resort|resorts|restaurant|restaurante|ristorante|bistro|brasserie|"
    r"bakery|studios|interactive|cruises|rekrytointi|rekrytering|rekruttering|rekrutacja|"
    r"werving|reclutamento|reclutamiento|recrutement|recrutamento|recruiting|recruitment|"
    # thirtieth pass: a faculty, a consortium, a unit, an e-office, Irish HR, and units in
    # Greek, Kazakh and Russian ("Dekanat Fakultät für Biologie", "Unitat de Selecció",
    # "Sede Electrónica", "Acmhainní Daonna", "Γραφείο Προσωπικού", "Кадрлар бөлімі")
    r"dekanat|fakultät|faculty|facultad|faculté|fakulta|consorci|consorcio|consortium|unitat|"
    r"unidad|unidade|sede|acmhainní|daonna|δήμος|δήμου|γραφείο|προσωπικού|διεύθυνση|τμήμα|"
    r"бөлімі|отдел|кадров\w*|кадрлар|служба)\b"
    r"|المعهد|معهد|وزارة|مؤسسة|جامعة|مستشفى|ඒකකය|बोर्ड|महानगरपालिका|आयोजना"
    r"|^(?:Η|Ο|Οι)\s"  # a Greek post signed with its article ("Ο Αντιδήμαρχος ...")
    # nineteenth pass (scripts): a unit in Malay and Welsh ("Jabatan Sumber Manusia", "Tîm
    # Recriwtio", "Cyngor Sir ..."), and in scripts that glue words together (no \b there:
    # "ミナトイベント 採用担当", "한빛컨벤션 인사팀", "إدارة الموارد البشرية")
    r"|\b(?i:jabatan|bahagian|sumber manusia|pengurusan|adnoddau dynol|tîm|cyngor|prifysgol)\b"
    r"|採用|人事|事務局|인사팀|인사부|채용팀|채용 담당|人力资源|人力資源|招聘|الموارد البشرية|"
    r"فريق التوظيف|משאבי אנוש"
    r"|(?i:\w{3,}(?:klinik|klinikum|kliniken|abteilung|verwaltung|stiftung|gesellschaft|"
    r"akademie|institut|hochschule|universität|amt|zentrum|gruppe|versicherung))\b"
    # thirty-third pass: a unit, a board's domain, careers and centres in Malay, Afrikaans and
    # Greek, a Japanese or Korean institute or office, and a Japanese letter's closing word
    r"|\b(?i:unit|pengambilan|loopbane|onderlinge|κέντρα|κέντρο|διαγνωστικά)\b"
    r"|\w\.(?:nl|com|org|net|be|de|fr|es|pt|br|pl|ro|bg|co|io)\b"
    r"|機構|研究所|大学|대학교|교무처|^(?:以上|敬具|草々|謹白|かしこ)$")

# The name used as an organisation in a sentence or a subject: "the team at NAME", "do time da
# NAME", "der NAME", "bij NAME", "People | NAME", a subject's "NAME | Retorno", "NAME's
# recruiting team" (the text searched opens with the subject line).
_AS_ORGANISATION = (
    r"(?:\b(?i:at|join|joining|the|da|do|della|dello|del|der|des|bei|chez|hos|bij|dla|för|"
    r"för|for|på|w|team|time|equipo|équipe|equipa|squadra)[ \t]+{name}\b"
    r"|\|[ \t]*{name}[ \t]*$|\A{name}[ \t]*\|"
    r"|\b{name}(?:'s|’s)?[ \t]+(?i:team|teams|recruit\w*|hr|careers|people|talent|rh|rrhh)"
    # seventeenth pass: "l'intérêt que vous portez à NAME", "für NAME", and NAME on the line
    # under a team's sign-off ("Education Team / NAME", "L'équipe Recrutement / NAME | Avenue")
    r"|\b(?i:à|au|auprès de|für|společnosti|firmy|compania|companiei|echipa|ekibi)[ \t]+{name}\b"
    r"|^[^\n]{{0,40}}\b(?i:team|teams|équipe|equipo|equipa|squadra|tým|echipa|ekibi|ekip)\b"
    r"[^\n]{{0,40}}\n[ \t]*{name}[ \t]*(?:[|,·–-]|$))")


# Thirty-fourth pass: an Arabic title before the name, abbreviated or in full ("م. لينا العمري"
# for an engineer, "د." a doctor, "أ." a teacher or Mr/Ms; "المهندسة", "الدكتور", "الأستاذ").
_ARABIC_TITLES = re.compile(r"^(?:(?:م|د|أ|ا)\.\s*|(?:المهندس|المهندسة|الدكتور|الدكتورة|الأستاذ|"
                            r"الأستاذة|السيد|السيدة)\s+)(?=[\u0621-\u064a])")


def without_titles(name: str) -> str:
    """"Prof. dr. Joris van Dijk", "Dr. med. Anna Roth", "Lt. Carla Benavides": the name; a
    title before a family name alone stays ("Dr Smith" is how the writer is called)."""
    bare = _ARABIC_TITLES.sub("", _TITLES.sub("", name.strip()))
    return bare if len(bare.split()) >= 2 and bare != name.strip() else name.strip()


# After sealing fresh336-340: a Japanese, Chinese or Korean organisation or its desk as the
# sender's name ("大雪リゾート開発株式会社 管理本部", "北海道立石狩農業食品試験場 総務課"); these scripts
# write no spaces between words, so no word boundary can find them
_CJK_ORG = re.compile(r"株式会社|有限会社|合同会社|本部|事務局|試験場|研究所|研究院|組合|協会|財団|"
                      r"大学|学院|[部課係室]$|担当$|センター|公司|집단|주식회사|인사팀|채용팀")


def _called_by_given_name(name: str) -> bool:
    if not name.split():
        return False
    first = name.split()[0].casefold()
    # sixty-first pass: a double given name ("Marie-Odile Fritsch" of "Domaine Fritsch & Fils")
    return first in GIVEN_NAMES or "-" in first and first.split("-")[0] in GIVEN_NAMES


def is_organisation(name: str, company: str | None, organisations: list[str],
                    text: str) -> bool:
    """A name that is an organisation: its words say so, it is the employer or another name
    the mail gives an organisation, or the text uses it as one ("the team at NAME")."""
    if not name.strip():
        return False
    if _ORG_WORD.search(name) or TEAMISH.search(name) or _CJK_ORG.search(name):
        return True
    given = _called_by_given_name(name) and len(name.split()) >= 2
    if company and re.fullmatch(rf"{re.escape(company)}[-\s]?\w+", name, re.I) \
            and not given:
        return True  # sixteenth pass: "Valtiolle-rekrytointi", "Acme Careers": the firm and a word
    if company and (same_company(name, company) and not given
                    or name.casefold() == company.casefold()):
        return True
    if not given and any(same_company(name, other) for other in organisations if other):
        return True
    if given:
        return False
    if not may_hold(text[:6000], name):
        return False
    pattern = re.compile(_AS_ORGANISATION.format(name=re.escape(name)), re.M)
    return bool(pattern.search(text[:6000]))


def _without_bracket(name: str) -> str:
    """Thirty-third pass: "高橋 由佳（キャリアブリッジ）", "Ana Lima (Recrutamento)": the name
    without its firm or desk in brackets."""
    bare = re.sub(r"\s*[（(][^（）()]{1,40}[)）]$", "", name).strip()
    # eighty-first pass: a Chinese name with the English one used at work, "周婷 Zoe"
    bare = re.sub(r"^([\u4e00-\u9fff]{2,4})\s+[A-Z][a-z]{1,12}$", r"\1", bare)
    return bare if len(bare) >= 2 else name


# A greeting's first word: the reader greeted, never the signer.
_GREETING_FIRST = re.compile(r"(?i)^(?:уважаем\w*|дорог(?:ой|ая|ие)|здравствуйте|эрхэм|хүндэт|hormatly|"
                             r"dear|hi|hello|hallo|bonjour|cher|chère|estimad[oa]|querid[oa]|"
                             # eighty-first pass: an Arabic "dear", "عزيزتي أليكس"
                             r"عزيزي|عزيزتي|أعزائي)\s")


def _fuller(name: str, signer: str) -> bool:
    """The signed name is the header's with a middle name or second surname more: the same
    first and last words, the header's words in order among the signed ones."""
    short, full = name.casefold().split(), signer.casefold().split()
    if not 2 <= len(short) < len(full) <= 5 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def settled_name(name: str, signed: str | None, company: str | None,
                 organisations: list[str], text: str) -> str | None:
    """The person's name as the ledger keeps it, the signer's when the name read is an
    organisation's, or None when nobody is named."""
    name = _without_bracket(without_titles(name))
    signer = without_titles(signed) if signed else ""
    if _GREETING_FIRST.match(name):  # sixty-sixth pass: "Уважаемый Алекс", "Эрхэм Алекс Морган"
        return signer if signer and not _GREETING_FIRST.match(signer) \
            and not is_organisation(signer, company, organisations, text) else None
    if signer and name != signer \
            and sorted(name.casefold().split()) == sorted(signer.casefold().split()):
        name = signer  # sixteenth pass: "Lindqvist Saara" in the header, signed "Saara Lindqvist"
    if signer and _fuller(name, signer):
        name = signer  # sixty-sixth pass: "Duarte Toste" in the header, signed "Duarte Meneses Toste"
    if not is_organisation(name, company, organisations, text):
        return name
    signer = without_titles(signed) if signed else ""
    if signer and not is_organisation(signer, company, organisations, text):
        return signer
    return None
