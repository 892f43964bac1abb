#include "search/searchengine.h"

#include "search/editdistance.h"
#include "search/feedback.h"
#include "search/keyeddoc.h"
#include "search/lexicon.h"
#include "search/phoneindex.h"
#include "search/ranking.h"
#include "search/termindex.h"
#include "search/textfold.h"
#include "util/freedmemory.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace whoowns {

using namespace search;
using ranking::Field;

namespace {

constexpr int kMaxWords = ranking::kMaxQueryWords;
constexpr std::uint32_t kNoTerm = TermIndex::kNone;

enum class MatchKind : std::uint8_t { Exact, Stem, Prefix, Typo, Nickname, Synonym, Email, Number };

struct DocRef
{
    EntityKind kind;
    std::uint32_t row;
};

// One way a query word can match: a term of the index (or a list of documents for numbers,
// e-mail addresses and multi-word synonyms) with a quality from ranking.h.
struct Matcher
{
    std::uint32_t term = kNoTerm;
    float quality = 0;
    MatchKind kind = MatchKind::Exact;
    QString note; // for explanations: "refnud~refund", "parcel~package"
    // Only in titles (a name, a topic, a team's name): a completion too common to take whole.
    bool titleOnly = false;
};

// A word of the query after analysis.
struct QueryWord
{
    QString text;
    qsizetype start = 0;
    std::string folded;
    std::string stem;
    bool stop = false;
};

// What one query word needs to decide, for any word of a title, whether it matched.
struct Concept
{
    int word = 0; // index into the query words
    std::string folded;
    std::string stem;
    bool prefix = false; // may be an unfinished word
    int maxEdits = 0;
    std::unordered_set<std::string> alternatives; // folded nicknames
    std::unordered_set<std::string> synonyms;     // stems of thesaurus alternatives
    float weight = 0;                             // idf
    bool numeric = false;
    // An ordinary word of the language (isOrdinaryWord) in a sentence-shaped query: where it
    // names a person or team, it is weak evidence (kSentenceOrdinaryName).
    bool ordinaryInSentence = false;
    // A stop word read as part of a name ("and curr" for Andrew Curran, "j hope" for Julie
    // Hope): it only matches name fields, only where another word of the query is in a name
    // too, and only adds to a score (kNameQueryMaxWords).
    bool optional = false;
};

// A matcher as a record holds it: 16 bits, since a query has far fewer matchers (matchers
// past kNoMatcher are not accumulated). Records are per entity touched, up to a third of a
// million people for one query, so every byte per word counts.
using MatcherRef = std::uint16_t;
constexpr MatcherRef kNoMatcher = 0xFFFF;

// A match value in 0..1 in 16 bits (for the second-best synonym, which only adds a little).
std::uint16_t packValue(float v)
{
    return static_cast<std::uint16_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 65535.0f));
}
float unpackValue(std::uint16_t v)
{
    return static_cast<float>(v) / 65535.0f;
}

struct Record
{
    std::uint32_t doc;
    float best[kMaxWords];
    // The best synonym match of another synonym than the best one: a document several of a
    // word's synonyms point to is about that idea (packValue).
    std::uint16_t otherSynonym[kMaxWords];
    MatcherRef matcher[kMaxWords];
    Field field[kMaxWords];
};

// Per-thread scratch space, reused between queries: a dense doc -> record slot map stamped
// with a generation number, so nothing is cleared between queries.
struct Scratch
{
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint32_t> slot;
    std::uint32_t generation = 0;
    // Reserved for every document at once: a query may touch a third of a million people, and
    // a vector growing to that holds up to twice the records it needs (capacity doubles) and,
    // while it grows, the old copy as well: 40 MB of records cost 90 MB at the peak. A
    // reservation this large is its own mapping, whose pages become resident only when a
    // query first writes them.
    std::vector<Record> records;

    void begin(std::size_t docs)
    {
        if (stamp.size() < docs) {
            stamp.assign(docs, 0);
            slot.assign(docs, 0);
            generation = 0;
            records = {};
            records.reserve(docs);
        }
        if (++generation == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            generation = 1;
        }
        records.clear();
    }
    Record &at(std::uint32_t doc)
    {
        if (stamp[doc] != generation) {
            stamp[doc] = generation;
            slot[doc] = static_cast<std::uint32_t>(records.size());
            Record r;
            r.doc = doc;
            std::fill(std::begin(r.best), std::end(r.best), 0.0f);
            std::fill(std::begin(r.otherSynonym), std::end(r.otherSynonym), std::uint16_t{0});
            std::fill(std::begin(r.matcher), std::end(r.matcher), kNoMatcher);
            std::fill(std::begin(r.field), std::end(r.field), Field::Topic);
            records.push_back(r);
        }
        return records[slot[doc]];
    }
    // The record of a document already touched in this query, or null.
    Record *find(std::uint32_t doc)
    {
        return stamp[doc] == generation ? &records[slot[doc]] : nullptr;
    }
};

// A binary search in a posting list costs about this many postings scanned in a row.
constexpr size_t kLookUpCost = 32;

// Per-thread scratch for multi-word synonyms: which documents contain every word of a phrase,
// and the weakest field each word was found in.
struct PhraseScratch
{
    // doc -> 1 + its slot in the vectors below; 0 for a document the phrase has not touched.
    // Only this is per document (4 bytes each: 4 MB beside a million people); the rest is per
    // touched document, which the rarest word of the phrase bounds (kPrefixPostingBudget).
    std::vector<std::uint32_t> slotOf;
    std::vector<std::uint32_t> touched; // by slot
    std::vector<std::uint16_t> count;   // words of the phrase found so far
    std::vector<float> value;           // min over words of the best field weight
    std::vector<float> wordBest;        // best field weight of the current word

    void begin(std::size_t docs)
    {
        if (slotOf.size() < docs)
            slotOf.assign(docs, 0);
        for (std::uint32_t doc : touched)
            slotOf[doc] = 0;
        touched.clear();
        count.clear();
        value.clear();
        wordBest.clear();
    }
    void see(std::uint32_t doc, size_t word, float weight)
    {
        std::uint32_t slot = slotOf[doc];
        if (slot == 0) {
            if (word != 0)
                return;
            touched.push_back(doc);
            count.push_back(0);
            value.push_back(1.0f);
            wordBest.push_back(0.0f);
            slot = slotOf[doc] = static_cast<std::uint32_t>(touched.size());
        }
        --slot;
        if (count[slot] == word) {
            count[slot] = static_cast<std::uint16_t>(word + 1);
            wordBest[slot] = weight;
        } else if (count[slot] == word + 1) {
            wordBest[slot] = std::max(wordBest[slot], weight);
        }
    }
    // Documents that hold the first `words` words of the phrase.
    size_t holding(size_t words) const
    {
        return static_cast<size_t>(std::count(count.begin(), count.end(), words));
    }
    // Every posting of a term of the phrase's word `word`.
    void scan(std::span<const std::uint32_t> postings, size_t word, float (*weight)(Field))
    {
        for (std::uint32_t posting : postings)
            see(TermIndex::docOf(posting), word, weight(TermIndex::fieldOf(posting)));
    }
    // The same for the documents holding the words before it only, looked up in the postings
    // (which are in document order): cheaper when they are few and the word is common.
    void lookUp(std::span<const std::uint32_t> postings, size_t word, float (*weight)(Field))
    {
        for (size_t slot = 0; slot < touched.size(); ++slot) {
            if (count[slot] < word)
                continue;
            const std::uint32_t doc = touched[slot];
            auto it = std::lower_bound(postings.begin(), postings.end(), doc,
                                       [](std::uint32_t posting, std::uint32_t wanted) {
                                           return TermIndex::docOf(posting) < wanted;
                                       });
            for (; it != postings.end() && TermIndex::docOf(*it) == doc; ++it)
                see(doc, word, weight(TermIndex::fieldOf(*it)));
        }
    }
    void endWord(size_t word)
    {
        for (size_t slot = 0; slot < touched.size(); ++slot)
            if (count[slot] == word + 1)
                value[slot] = std::min(value[slot], wordBest[slot]);
    }
};

QString fieldLabel(Field f)
{
    switch (f) {
    case Field::Topic:
        return QStringLiteral("title");
    case Field::Keywords:
    case Field::KeywordPart:
        return QStringLiteral("keyword");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::OwnerTeam:
        return QStringLiteral("owner team");
    case Field::Name:
        return QStringLiteral("name");
    case Field::PreferredName:
        return QStringLiteral("preferred name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::JobTitle:
        return QStringLiteral("job title");
    case Field::Function:
        return QStringLiteral("function");
    case Field::Team:
        return QStringLiteral("team");
    case Field::Department:
        return QStringLiteral("department");
    case Field::Location:
        return QStringLiteral("location");
    case Field::TeamName:
        return QStringLiteral("team name");
    case Field::Extension:
        return QStringLiteral("extension");
    case Field::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QString kindLabel(MatchKind k)
{
    switch (k) {
    case MatchKind::Typo:
        return QStringLiteral("typo");
    case MatchKind::Nickname:
        return QStringLiteral("nickname");
    case MatchKind::Synonym:
        return QStringLiteral("synonym");
    case MatchKind::Prefix:
        return QStringLiteral("prefix");
    default:
        return {};
    }
}

bool isDigits(const std::string &s)
{
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int kindOrder(EntityKind k)
{
    switch (k) {
    case EntityKind::Responsibility:
        return 0;
    case EntityKind::Team:
        return 1;
    case EntityKind::Person:
        return 2;
    }
    return 3;
}

std::uint64_t emailKey(const std::string &local)
{
    return std::hash<std::string>{}(local);
}

// The local part of an address as typed or stored: lower case, accents folded, punctuation
// kept ("Jane.Doe@x" -> "jane.doe").
std::string emailLocalPart(QStringView text)
{
    qsizetype at = text.indexOf(QLatin1Char('@'));
    QStringView local = at >= 0 ? text.left(at) : text;
    std::string out;
    if (std::all_of(local.begin(), local.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        out.reserve(static_cast<size_t>(local.size()));
        for (QChar c : local)
            out.push_back(static_cast<char>(c.toLower().unicode()));
        return out;
    }
    TextFolder &folder = TextFolder::local();
    qsizetype i = 0;
    for (const TextWord &w : splitWords(local)) {
        for (; i < w.start; ++i)
            if (local[i].unicode() < 0x80)
                out.push_back(static_cast<char>(local[i].unicode()));
        out += folder.fold(local.mid(w.start, w.length));
        i = w.start + w.length;
    }
    return out;
}

} // namespace

struct SearchEngine::Index
{
    std::shared_ptr<const Lexicon> lexicon;
    TermIndex terms;
    PhoneIndex phones;
    std::vector<DocRef> docs;
    std::vector<KeyedDoc> emails; // sorted by key

    std::uint32_t docOf(EntityKind kind, const Directory &d, const QString &org,
                        const QString &id) const;
    std::vector<std::uint32_t> responsibilityDoc; // row -> doc
    std::vector<std::uint32_t> teamDoc;
    std::vector<std::uint32_t> personDoc; // kNoTerm for leavers
};

std::uint32_t SearchEngine::Index::docOf(EntityKind kind, const Directory &d, const QString &org,
                                         const QString &id) const
{
    switch (kind) {
    case EntityKind::Responsibility:
        if (const Responsibility *r = d.responsibility(org, id))
            return responsibilityDoc[static_cast<size_t>(r - d.responsibilities.constData())];
        break;
    case EntityKind::Team:
        if (const Team *t = d.team(org, id))
            return teamDoc[static_cast<size_t>(t - d.teams.constData())];
        break;
    case EntityKind::Person:
        if (const Person *p = d.person(org, id))
            return personDoc[static_cast<size_t>(p - d.people.constData())];
        break;
    }
    return kNoTerm;
}

namespace {

// Turns field texts into term ids, remembering whole texts that repeat (titles, teams,
// departments, names) and single words, so a million people index in a few seconds.
class FieldAnalyzer
{
public:
    explicit FieldAnalyzer(TermIndex &terms) : m_terms(terms) {}
    // The remembered texts are only needed while indexing.
    void release()
    {
        m_texts = {};
        m_words = {};
    }

    void add(const QString &text, std::uint32_t doc, Field field)
    {
        if (text.isEmpty())
            return;
        if (text.size() <= 48) {
            auto it = m_texts.find(text);
            if (it == m_texts.end())
                it = m_texts.insert(text, analyze(text));
            for (std::uint32_t t : *it)
                m_terms.add(t, doc, field);
            return;
        }
        for (std::uint32_t t : analyze(text))
            m_terms.add(t, doc, field);
    }

    std::vector<std::uint32_t> analyze(QStringView text)
    {
        std::vector<std::uint32_t> out;
        splitWords(text, [&](TextWord w) {
            const QString word = text.mid(w.start, w.length).toString();
            auto it = m_words.find(word);
            if (it == m_words.end()) {
                std::vector<std::uint32_t> ids;
                const std::string f = m_folder.fold(word);
                if (!f.empty() && !isDigits(f)) {
                    ids.push_back(m_terms.intern(f));
                    const std::string g = m_folder.foldGerman(word);
                    if (!g.empty())
                        ids.push_back(m_terms.intern(g));
                }
                it = m_words.insert(word, ids);
            }
            out.insert(out.end(), it->begin(), it->end());
        });
        return out;
    }

private:
    TermIndex &m_terms;
    TextFolder &m_folder = TextFolder::local();
    QHash<QString, std::vector<std::uint32_t>> m_texts;
    QHash<QString, std::vector<std::uint32_t>> m_words;
};

} // namespace

SearchEngine::SearchEngine(std::shared_ptr<const Directory> directory)
    : SearchEngine(std::move(directory), Lexicon::builtIn())
{
}

SearchEngine::SearchEngine(std::shared_ptr<const Directory> directory,
                           std::shared_ptr<const Lexicon> lexicon)
    : m_directory(std::move(directory)), m_index(std::make_unique<Index>())
{
    Index &x = *m_index;
    x.lexicon = lexicon ? std::move(lexicon) : Lexicon::builtIn();
    const Directory &d = *m_directory;
    FieldAnalyzer fields(x.terms);

    x.responsibilityDoc.resize(static_cast<size_t>(d.responsibilities.size()));
    for (qsizetype i = 0; i < d.responsibilities.size(); ++i) {
        const Responsibility &r = d.responsibilities.at(i);
        const auto doc = static_cast<std::uint32_t>(x.docs.size());
        x.docs.push_back({EntityKind::Responsibility, static_cast<std::uint32_t>(i)});
        x.responsibilityDoc[static_cast<size_t>(i)] = doc;
        fields.add(r.topic, doc, Field::Topic);
        // A keyword phrase ("locked out") is evidence as a whole; one of its words alone is
        // weaker.
        for (const QString &k : r.keywords)
            fields.add(k, doc, k.contains(QLatin1Char(' ')) ? Field::KeywordPart : Field::Keywords);
        fields.add(r.description, doc, Field::Description);
        fields.add(r.notes, doc, Field::Notes);
        const Team *t = d.team(r.org, r.ownerTeamId);
        fields.add(t ? t->name : r.ownerTeamId, doc, Field::OwnerTeam);
    }
    x.teamDoc.resize(static_cast<size_t>(d.teams.size()));
    for (qsizetype i = 0; i < d.teams.size(); ++i) {
        const Team &t = d.teams.at(i);
        const auto doc = static_cast<std::uint32_t>(x.docs.size());
        x.docs.push_back({EntityKind::Team, static_cast<std::uint32_t>(i)});
        x.teamDoc[static_cast<size_t>(i)] = doc;
        fields.add(t.name, doc, Field::TeamName);
        fields.add(t.department, doc, Field::Department);
        fields.add(t.location, doc, Field::Location);
        x.phones.addPhone(t.phone, doc);
        x.phones.addLineEnd(t.phone, doc); // teams have no extension field
    }
    x.personDoc.assign(static_cast<size_t>(d.people.size()), kNoTerm);
    for (qsizetype i = 0; i < d.people.size(); ++i) {
        const Person &p = d.people.at(i);
        if (p.status == PersonStatus::Left)
            continue; // leavers are never someone to call
        const auto doc = static_cast<std::uint32_t>(x.docs.size());
        x.docs.push_back({EntityKind::Person, static_cast<std::uint32_t>(i)});
        x.personDoc[static_cast<size_t>(i)] = doc;
        fields.add(p.name, doc, Field::Name);
        fields.add(p.preferredName, doc, Field::PreferredName);
        if (!p.email.isEmpty()) {
            const QStringView email = p.email.view();
            const qsizetype at = email.indexOf(QLatin1Char('@'));
            const QStringView local = email.left(at >= 0 ? at : email.size());
            // "jane.doe17": the digits only tell namesakes apart; the whole local part is
            // matched through x.emails.
            qsizetype end = local.size();
            while (end > 0 && local[end - 1].isDigit())
                --end;
            for (std::uint32_t t : fields.analyze(local.left(end)))
                x.terms.add(t, doc, Field::Email);
            x.emails.push_back({emailKey(emailLocalPart(email)), doc});
        }
        fields.add(p.title, doc, Field::JobTitle);
        fields.add(p.function, doc, Field::Function);
        fields.add(p.team, doc, Field::Team);
        fields.add(p.department, doc, Field::Department);
        fields.add(p.location, doc, Field::Location);
        x.phones.addExtension(p.extension.view(), doc);
        x.phones.addPhone(p.phone.view(), doc);
        if (p.extension.isEmpty())
            x.phones.addLineEnd(p.phone.view(), doc);
    }
    fields.release();
    x.terms.finish(TextFolder::local());
    x.phones.finish();
    std::sort(x.emails.begin(), x.emails.end());
    returnFreedMemory();
}

SearchEngine::~SearchEngine() = default;

const Lexicon &SearchEngine::lexicon() const
{
    return *m_index->lexicon;
}

std::size_t SearchEngine::indexMemoryBytes() const
{
    return m_index->terms.memoryBytes() + m_index->phones.memoryBytes() +
           m_index->docs.size() * sizeof(DocRef) + m_index->emails.size() * sizeof(KeyedDoc) +
           (m_index->responsibilityDoc.size() + m_index->teamDoc.size() +
            m_index->personDoc.size()) *
               4;
}

namespace {

// Everything a query needs while it runs.
struct QueryPlan
{
    std::vector<QueryWord> words;
    std::vector<Concept> concepts;
    std::vector<Matcher> matchers;
    // per concept: term matchers (matcher indexes)
    std::vector<std::vector<std::uint32_t>> termMatchers;
    // per concept: documents matched directly (numbers, e-mail, multi-word synonyms)
    struct DocHit
    {
        std::uint32_t doc;
        float value;
        Field field;
        std::uint32_t matcher;
    };
    std::vector<std::vector<DocHit>> docHits;
};

bool cancelled(const SearchOptions &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Called before the best match of a concept in a document is updated with matcher mi's value v:
// keeps the best value of a synonym other than the best one's.
void noteSynonym(const QueryPlan &plan, Record &r, size_t ci, std::uint32_t mi, float v)
{
    if (plan.matchers[mi].kind != MatchKind::Synonym)
        return;
    const std::uint32_t cur = r.matcher[ci];
    if (cur == kNoMatcher || cur == mi || plan.matchers[cur].kind != MatchKind::Synonym)
        return;
    if (plan.matchers[cur].note == plan.matchers[mi].note)
        return; // the same alternative (another form of its word)
    r.otherSynonym[ci] = std::max(r.otherSynonym[ci], packValue(std::min(v, r.best[ci])));
}

// Whether two words sharing a Snowball stem are forms of one word ("fitted", "fitting";
// "reply", "replies") rather than a word and its derivation, which the stemmer also merges
// ("received" and "receivable", "installation" and "instalments"). A synonym means the word,
// not everything derived from it.
bool inflectionsOfOneWord(std::string_view a, std::string_view b)
{
    size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
    static constexpr std::string_view kEndings[] = {"",    "s",   "es",  "e", "ed",  "d",
                                                    "ing", "ies", "ied", "y", "ying"};
    // A doubled last consonant before -ed or -ing ("ship" -> "shipping", "fit" -> "fitted").
    const char last = common > 0 ? a[common - 1] : '\0';
    const auto inflection = [last](std::string_view rest) {
        if (rest.size() > 2 && rest[0] == last &&
            (rest.substr(1) == "ed" || rest.substr(1) == "ing"))
            return true;
        return std::find(std::begin(kEndings), std::end(kEndings), rest) != std::end(kEndings);
    };
    return inflection(a.substr(common)) && inflection(b.substr(common));
}

// A directory word one edit away that a typo could land on ("posoning" -> "poisoning"): a
// likelier reading than a missing space ("pos" + "oning").
bool hasOneEditCorrection(const TermIndex &terms, const Lexicon &lex, const std::string &word)
{
    bool found = false;
    terms.forEachTypo(word, 1, [&](std::uint32_t t, int) {
        const std::string &target = terms.text(t);
        found = found || (target.size() >= static_cast<size_t>(ranking::kTypoMinLength1) &&
                          !lex.isStopword(target));
    });
    return found;
}

// Whether a query word is the k-th word of a thesaurus phrase in one of its forms: the same
// stem, and no derivation ("installation" is not the "instalments" of a phrase).
bool isFormOf(const QueryWord &w, const Lexicon::Phrase &p, size_t k)
{
    return w.stem == p.stem(k) && inflectionsOfOneWord(w.folded, p.word(k));
}

// The query words [from, to) as typed, lower-cased, for explanations ("walked out with a saw").
QString typedWords(const std::vector<QueryWord> &words, size_t from, size_t to)
{
    QString typed;
    for (size_t k = from; k < to; ++k)
        typed += (k > from ? QStringLiteral(" ") : QString()) + words[k].text.toLower();
    return typed;
}

float phraseFieldWeight(Field f)
{
    return ranking::fieldWeight(f == Field::KeywordPart ? Field::Keywords : f);
}

// Query words typed next to each other (a stop word may sit between: "terms and conditions")
// that are both words of the entity's keyword phrases, or one of them already in its title
// or keywords ("damage excess" of "Vehicle damage charges", keyword "damage excess"): the rep
// typed the keyword, so the word counts as a keyword, not as one word of it.
void upgradeTypedKeywordPhrases(const QueryPlan &plan, const Record &r, float *best)
{
    const size_t nc = plan.concepts.size();
    const auto typedIn = [&](size_t ci, bool partOnly) {
        const Field f = r.field[ci];
        if (r.matcher[ci] == kNoMatcher ||
            !(f == Field::KeywordPart ||
              (!partOnly && (f == Field::Keywords || f == Field::Topic))))
            return false;
        const MatchKind k = plan.matchers[r.matcher[ci]].kind;
        return k == MatchKind::Exact || k == MatchKind::Stem || k == MatchKind::Prefix ||
               k == MatchKind::Typo;
    };
    constexpr float upgrade =
        ranking::fieldWeight(Field::Keywords) / ranking::fieldWeight(Field::KeywordPart);
    for (size_t ci = 0; ci + 1 < nc; ++ci) {
        if (plan.concepts[ci + 1].word - plan.concepts[ci].word > 2)
            continue;
        const bool part = typedIn(ci, true), nextPart = typedIn(ci + 1, true);
        if (part && typedIn(ci + 1, false))
            best[ci] = std::max(best[ci], r.best[ci] * upgrade);
        if (nextPart && typedIn(ci, false))
            best[ci + 1] = std::max(best[ci + 1], r.best[ci + 1] * upgrade);
    }
}

// In a sentence, a person or team whose name has only one word of the query, and that word
// an ordinary one ("settled their bill" and a Bill, "the sales numbers" and "Sales
// Operations"), was most likely not named: the customer said the word. Two words of the
// query in the name ("customs and import berlin") are the name typed.
void weakenOrdinaryNameWord(const QueryPlan &plan, const Record &r, float *best)
{
    const size_t nc = plan.concepts.size();
    size_t inName = 0, only = 0;
    for (size_t ci = 0; ci < nc; ++ci) {
        if (r.best[ci] > 0 && ranking::isNameField(r.field[ci])) {
            ++inName;
            only = ci;
        }
    }
    if (inName == 1 && plan.concepts[only].ordinaryInSentence)
        best[only] *= ranking::kSentenceOrdinaryName;
}

} // namespace

QList<SearchResult> SearchEngine::search(const QString &query, const SearchOptions &options) const
{
    const Index &x = *m_index;
    const Directory &d = *m_directory;
    const Lexicon &lex = *x.lexicon;
    TextFolder &folder = TextFolder::local();
    QList<SearchResult> out;
    if (options.limit <= 0)
        return out;

    QueryPlan plan;
    const bool endsWithSpace = !query.isEmpty() && query.back().isSpace();

    // A number alone ("+49 30 5557", "x4417", "0305557 4417"): one numeric concept.
    static const auto isPhoneChar = [](QChar c) {
        return c.isDigit() || c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('(') ||
               c == QLatin1Char(')') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
               c == QLatin1Char('/');
    };
    const QString trimmed = query.trimmed();
    QString numberText = trimmed;
    bool extensionOnly = false;
    if (numberText.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) && numberText.size() > 1 &&
        numberText.at(1).isDigit()) {
        numberText.remove(0, 1);
        extensionOnly = true;
    }
    const bool wholeNumber =
        !numberText.isEmpty() && std::all_of(numberText.begin(), numberText.end(), isPhoneChar) &&
        std::any_of(numberText.begin(), numberText.end(), [](QChar c) { return c.isDigit(); });

    if (wholeNumber) {
        QueryWord w;
        w.text = trimmed;
        w.folded = PhoneIndex::digitsOf(numberText);
        w.stem = w.folded;
        plan.words.push_back(w);
    } else {
        for (const TextWord &tw : splitWords(query)) {
            QueryWord w;
            w.text = query.mid(tw.start, tw.length);
            w.start = tw.start;
            w.folded = folder.fold(w.text);
            if (w.folded.empty())
                continue;
            w.stem = folder.stem(w.folded);
            w.stop = lex.isStopword(w.folded, w.text);
            // A missing space ("warrantyclaims"): an unknown word that is two words of the
            // directory is read as those two words.
            const size_t n = w.folded.size();
            bool completes = false; // the word may still be being typed
            if (tw.start + tw.length >= query.size())
                x.terms.forEachWithPrefix(w.folded, [&](std::uint32_t) { completes = true; });
            if (!completes && n >= 2 * ranking::kSplitMinPart && !isDigits(w.folded) &&
                x.terms.find(w.folded) == kNoTerm && x.terms.findStem(w.stem) == kNoTerm &&
                !lex.isKnownWord(w.folded) && static_cast<size_t>(w.text.size()) == n &&
                !hasOneEditCorrection(x.terms, lex, w.folded)) {
                size_t best = 0;
                for (size_t i = ranking::kSplitMinPart; i + ranking::kSplitMinPart <= n; ++i) {
                    const std::string a = w.folded.substr(0, i), b = w.folded.substr(i);
                    if (x.terms.findStem(folder.stem(a)) != kNoTerm &&
                        x.terms.findStem(folder.stem(b)) != kNoTerm &&
                        std::min(i, n - i) > std::min(best, n - best))
                        best = i;
                }
                if (best > 0) {
                    QueryWord second = w;
                    w.text = w.text.left(static_cast<qsizetype>(best));
                    w.folded = w.folded.substr(0, best);
                    w.stem = folder.stem(w.folded);
                    w.stop = lex.isStopword(w.folded, w.text);
                    second.text = second.text.mid(static_cast<qsizetype>(best));
                    second.start += static_cast<qsizetype>(best);
                    second.folded = second.folded.substr(best);
                    second.stem = folder.stem(second.folded);
                    second.stop = lex.isStopword(second.folded, second.text);
                    plan.words.push_back(std::move(w));
                    plan.words.push_back(std::move(second));
                    continue;
                }
            }
            plan.words.push_back(std::move(w));
        }
    }
    if (plan.words.empty())
        return out;

    const size_t stopWords = static_cast<size_t>(std::count_if(
        plan.words.begin(), plan.words.end(), [](const QueryWord &w) { return w.stop; }));
    const bool allStop = stopWords == plan.words.size();
    // Two or three words, one of them a stop word, may be a name: "and curr", "mik well".
    // Not between two words: there it joins them ("benefits and credits", "head of sales").
    // Then that stop word is the query's one optional concept.
    const bool stopWordMayBeName = !allStop && !wholeNumber && stopWords == 1 &&
                                   plan.words.size() <= ranking::kNameQueryMaxWords &&
                                   (plan.words.front().stop || plan.words.back().stop);
    std::vector<int> conceptOfWord(plan.words.size(), -1);
    for (size_t i = 0; i < plan.words.size(); ++i) {
        const QueryWord &w = plan.words[i];
        const bool last = i + 1 == plan.words.size() && !endsWithSpace;
        if (w.stop && !allStop && !stopWordMayBeName)
            continue; // "I", "the", "my", "wants" must not drown the signal
        // In a sentence, a short number ("200 mugs", "14 months") is not an extension.
        if (!wholeNumber && isDigits(w.folded) && w.folded.size() < 4 && plan.words.size() > 1)
            continue;
        if (static_cast<int>(plan.concepts.size()) >= kMaxWords)
            break;
        Concept c;
        c.word = static_cast<int>(i);
        c.folded = w.folded;
        c.stem = w.stem;
        c.numeric = wholeNumber || isDigits(w.folded) ||
                    (w.folded.size() > 1 && w.folded[0] == 'x' && isDigits(w.folded.substr(1)));
        c.optional = w.stop && !allStop;
        // Earlier words count as prefixes only when short ("jan do", and an initial: "j smith"):
        // a longer word followed by more words was finished by whoever typed it.
        c.prefix = last || (!wholeNumber && !c.numeric &&
                            w.folded.size() <= static_cast<size_t>(ranking::kInnerPrefixMaxLength));
        // The tolerance is for the word meant: one edit for 4+ letters, so a 3-letter word may
        // be a 4-letter one with a letter dropped ("lst" -> "lost"); corrections only ever land
        // on words of kTypoMinLength1 letters or more.
        const int len = static_cast<int>(w.folded.size());
        c.maxEdits = c.numeric || c.optional               ? 0
                     : len >= ranking::kTypoMinLength2     ? 2
                     : len >= ranking::kTypoMinLength1 - 1 ? 1
                                                           : 0;
        if (!c.optional)
            conceptOfWord[i] = static_cast<int>(plan.concepts.size());
        plan.concepts.push_back(std::move(c));
    }
    const size_t nc = plan.concepts.size();
    // A sentence ("the customer wants ...") describes a problem: the answer is a responsibility
    // more often than a person or team whose name shares a word.
    const bool sentence = !wholeNumber && !stopWordMayBeName && nc >= 3 && stopWords >= 1;
    // In a sentence, an earlier short word that is a real word ("handing over the box") was
    // finished, not abbreviated: "over" is not "overdue"; nor is a lone letter an initial.
    if (sentence) {
        for (Concept &c : plan.concepts) {
            const bool last =
                static_cast<size_t>(c.word) + 1 == plan.words.size() && !endsWithSpace;
            if (c.prefix && !last &&
                (c.folded.size() == 1 || x.terms.find(c.folded) != kNoTerm ||
                 lex.isKnownWord(c.folded) || lex.isKnownWord(c.stem)))
                c.prefix = false;
        }
    }
    plan.termMatchers.resize(nc);
    plan.docHits.resize(nc);

    auto addMatcher = [&](Matcher m) {
        plan.matchers.push_back(std::move(m));
        return static_cast<std::uint32_t>(plan.matchers.size() - 1);
    };

    // Term matchers of each concept; a term keeps its best quality.
    for (size_t ci = 0; ci < nc; ++ci) {
        Concept &c = plan.concepts[ci];
        const QueryWord &w = plan.words[static_cast<size_t>(c.word)];
        std::unordered_map<std::uint32_t, std::uint32_t> byTerm;
        auto offer = [&](std::uint32_t term, float quality, MatchKind kind, const QString &note,
                         bool titleOnly = false) {
            auto it = byTerm.find(term);
            if (it != byTerm.end()) {
                Matcher &m = plan.matchers[it->second];
                m.titleOnly = m.titleOnly && titleOnly;
                if (m.quality >= quality)
                    return;
                m.quality = quality;
                m.kind = kind;
                m.note = note;
                return;
            }
            const std::uint32_t id = addMatcher({term, quality, kind, note, titleOnly});
            byTerm.emplace(term, id);
            plan.termMatchers[ci].push_back(id);
        };
        if (c.numeric) {
            std::string digits = w.folded;
            if (!digits.empty() && digits[0] == 'x') {
                digits.erase(0, 1);
                extensionOnly = true;
            }
            const std::uint32_t mExact = addMatcher(
                {kNoTerm, ranking::kExact, MatchKind::Number, QString::fromStdString(digits)});
            const std::uint32_t mPrefix = addMatcher(
                {kNoTerm, ranking::kPrefix, MatchKind::Number, QString::fromStdString(digits)});
            // The accumulation keeps the best hit per document; duplicates are harmless.
            auto hit = [&](std::uint32_t doc, float value, Field f, std::uint32_t m) {
                plan.docHits[ci].push_back({doc, value, f, m});
            };
            x.phones.forEachExtension(
                digits,
                [&](std::uint32_t doc, bool complete) {
                    hit(doc,
                        ranking::fieldWeight(Field::Extension) *
                            (complete ? ranking::kExact : ranking::kPrefix),
                        Field::Extension, complete ? mExact : mPrefix);
                },
                ranking::kPrefixPostingBudget); // the exact number sorts first
            // "x4417" or "4417" for someone whose directory entry has a line and no extension.
            x.phones.forEachLineEnd(
                digits,
                [&](std::uint32_t doc) {
                    hit(doc, ranking::fieldWeight(Field::Phone) * ranking::kExact, Field::Phone,
                        mExact);
                },
                ranking::kPrefixPostingBudget);
            if (!extensionOnly && digits.size() >= 3) {
                const bool intl =
                    trimmed.startsWith(QLatin1Char('+')) || digits.rfind("00", 0) == 0;
                std::string key = digits.rfind("00", 0) == 0 ? digits.substr(2) : digits;
                if (!intl && key[0] == '0')
                    key.erase(0, 1);
                x.phones.forEachPhone(
                    key, PhoneIndex::Dialled::Unknown,
                    [&](std::uint32_t doc, bool complete) {
                        hit(doc,
                            ranking::fieldWeight(Field::Phone) *
                                (complete ? ranking::kExact : ranking::kPrefix),
                            Field::Phone, complete ? mExact : mPrefix);
                    },
                    ranking::kPrefixPostingBudget);
            }
            continue;
        }
        const std::uint32_t exact = x.terms.find(c.folded);
        if (exact != kNoTerm)
            offer(exact, ranking::kExact, MatchKind::Exact, {});
        const std::uint32_t stemGroup = x.terms.findStem(c.stem);
        if (stemGroup != kNoTerm)
            for (std::uint32_t t : x.terms.stemGroup(stemGroup))
                offer(t, ranking::kStem, MatchKind::Stem, {});
        // A word of the directory or of the language data ("shop"), or in a sentence a word of
        // English ("in march"): what was meant, not a typo of another word ("stop", "match").
        // Typed alone, a word of English may still be a slip for a directory one.
        const bool known = exact != kNoTerm || stemGroup != kNoTerm || lex.isKnownWord(c.folded) ||
                           lex.isKnownWord(c.stem) || (sentence && lex.isEnglishWord(c.stem));
        if (c.prefix) {
            const bool last =
                static_cast<size_t>(c.word) + 1 == plan.words.size() && !endsWithSpace;
            // In a sentence, a last word that is already a word was likely finished.
            const bool wholeWord = last && sentence && known;
            const float base = (last ? ranking::kPrefix : ranking::kInnerPrefix) *
                               (wholeWord ? ranking::kWholeWordPrefix : 1.0f);
            std::vector<std::uint32_t> completions;
            x.terms.forEachWithPrefix(c.folded, [&](std::uint32_t t) { completions.push_back(t); });
            // One or two letters complete to half the directory: the shortest completions
            // (the likeliest, see kPrefixShortfall) are kept up to a budget of postings.
            std::stable_sort(completions.begin(), completions.end(),
                             [&](std::uint32_t a, std::uint32_t b) {
                                 return x.terms.text(a).size() < x.terms.text(b).size();
                             });
            // Of two completions, the one closer to what was typed is likelier.
            const auto quality = [&](std::uint32_t t) {
                const auto length = static_cast<float>(x.terms.text(t).size());
                return base - ranking::kPrefixShortfall *
                                  (length - static_cast<float>(c.folded.size())) / length;
            };
            size_t budget = ranking::kPrefixPostingBudget;
            for (std::uint32_t t : completions) {
                const size_t df = x.terms.postings(t).size();
                // The last word's shortest completion, too common to take whole ("senio" of
                // the "senior" of 200,000 job titles), is still looked for in titles: scanning
                // postings is cheap, touching an entity for each is not.
                if (df > budget && last && completions.front() == t) {
                    offer(t, quality(t), MatchKind::Prefix, {}, true);
                    break;
                }
                // An initial or a stop word read as a name skips a completion too common to
                // take, so that "and" does not hide "andrew" from "a evans"; other words stop
                // there (the rest would cost time for longer and less likely words: "new" of
                // "new york" at a million people).
                if (df > budget && (last || !(c.optional || c.folded.size() == 1)))
                    break;
                if (df > budget)
                    continue;
                budget -= df;
                offer(t, quality(t), MatchKind::Prefix, {});
            }
        }
        // Only unknown words are corrected, and the directory's own rare slips: a word at most
        // kMisspeltMaxEntities entities spell so and no word of English or of the language
        // data ("Head of Web Sevices": typing the same slip must still find the "Services"
        // meant). The word as typed still matches exactly, above any correction.
        // (The word's exact term, when there is one, is in its stem group.)
        const auto misspeltInDirectory = [&] {
            if (stemGroup == kNoTerm || lex.isKnownWord(c.folded) || lex.isKnownWord(c.stem) ||
                lex.isEnglishWord(c.stem))
                return false;
            size_t docs = 0;
            for (std::uint32_t t : x.terms.stemGroup(stemGroup))
                docs += x.terms.documents(t);
            return docs <= ranking::kMisspeltMaxEntities;
        };
        if (c.maxEdits > 0 && (!known || misspeltInDirectory())) {
            auto typo = [&](std::uint32_t t, int edits) {
                const std::string &target = x.terms.text(t);
                // A typo stands for a real word, not for "and" or a two-letter fragment.
                if (target.size() < static_cast<size_t>(ranking::kTypoMinLength1) ||
                    lex.isStopword(target))
                    return;
                // Completing an unfinished word is the prefix expansion's business, within its
                // budget: "senio" is not a slip for the "senior" of 200,000 job titles.
                if (c.prefix && target.size() > c.folded.size() &&
                    target.compare(0, c.folded.size(), c.folded) == 0)
                    return;
                offer(t, edits <= 1 ? ranking::kTypo1 : ranking::kTypo2, MatchKind::Typo,
                      w.text.toLower() + QLatin1Char('~') +
                          QString::fromStdString(x.terms.text(t)));
            };
            x.terms.forEachTypo(c.folded, c.maxEdits, typo);
            // The stem is shorter than the word: its tolerance follows its own length.
            const int stemEdits = c.stem.size() >= static_cast<size_t>(ranking::kTypoMinLength2) ? 2
                                  : c.stem.size() >= static_cast<size_t>(ranking::kTypoMinLength1)
                                      ? 1
                                      : 0;
            if (c.stem != c.folded && stemEdits > 0)
                x.terms.forEachTypo(c.stem, stemEdits, typo);
        }
        // In a sentence, a nickname that is also an ordinary word ("settled their bill") is
        // that word, not a William.
        c.ordinaryInSentence =
            sentence && (lex.isOrdinaryWord(c.folded) || lex.isOrdinaryWord(c.stem));
        if (const auto *names = c.ordinaryInSentence ? nullptr : lex.nameVariants(c.folded)) {
            for (const std::string &n : *names) {
                c.alternatives.insert(n);
                const std::uint32_t t = x.terms.find(n);
                if (t != kNoTerm)
                    offer(t, ranking::kNickname, MatchKind::Nickname,
                          w.text.toLower() + QLatin1Char('~') + QString::fromStdString(n));
            }
        }
    }
    if (cancelled(options))
        return out;

    thread_local PhraseScratch phrase;
    // One alternative phrase for the concepts it covers, at the given quality.
    auto alternative = [&](const Lexicon::Phrase &p, const std::vector<size_t> &covered,
                           const QString &typed, float quality) {
        std::vector<size_t> required; // indexes of the phrase's words
        for (size_t k = 0; k < p.size(); ++k)
            if (!p.stop(k))
                required.push_back(k);
        if (required.empty())
            return;
        // "not there" is not "not": a phrase left with one word once its stop
        // words are gone must be found whole.
        const bool withStopWords = required.size() == 1 && p.size() > 1;
        if (withStopWords) {
            required.resize(p.size());
            std::iota(required.begin(), required.end(), size_t{0});
        }
        const QString note = typed + QLatin1Char('~') + p.text();
        for (size_t ci : covered)
            for (size_t k : required)
                plan.concepts[ci].synonyms.insert(p.stem(k));
        // A directory word the phrase's k-th word stands for: a form of that word, never a
        // stop word unless the phrase needs its stop words (Snowball stems "aed" to "a").
        const auto standsFor = [&](size_t k, std::uint32_t t) {
            const std::string &text = x.terms.text(t);
            return inflectionsOfOneWord(p.word(k), text) &&
                   (withStopWords || !lex.isStopword(text));
        };
        if (required.size() == 1) {
            const std::uint32_t group = x.terms.findStem(p.stem(required.front()));
            if (group == kNoTerm)
                return;
            for (size_t ci : covered) {
                for (std::uint32_t t : x.terms.stemGroup(group)) {
                    if (!standsFor(required.front(), t))
                        continue;
                    bool better = true;
                    for (std::uint32_t mi : plan.termMatchers[ci]) {
                        if (plan.matchers[mi].term == t) {
                            better = plan.matchers[mi].quality < quality;
                            if (better) {
                                plan.matchers[mi].quality = quality;
                                plan.matchers[mi].kind = MatchKind::Synonym;
                                plan.matchers[mi].note = note;
                            }
                            better = false;
                            break;
                        }
                    }
                    if (better)
                        plan.termMatchers[ci].push_back(
                            addMatcher({t, quality, MatchKind::Synonym, note}));
                }
            }
            return;
        }
        // A phrase of several words: the entity must contain all of them;
        // it counts as found in its weakest field.
        // Rarest word first, so the candidate set starts small.
        struct PhraseWord
        {
            size_t df;
            std::uint32_t group;
            size_t k;
            bool operator<(const PhraseWord &o) const { return df < o.df; }
        };
        std::vector<PhraseWord> order;
        bool possible = true;
        for (size_t k : required) {
            const std::uint32_t group = x.terms.findStem(p.stem(k));
            if (group == kNoTerm) {
                possible = false;
                break;
            }
            size_t df = 0;
            for (std::uint32_t t : x.terms.stemGroup(group))
                if (standsFor(k, t))
                    df += x.terms.postings(t).size();
            if (df == 0) {
                possible = false; // only derivations of the word, or stop words
                break;
            }
            order.push_back({df, group, k});
        }
        if (!possible)
            return;
        std::sort(order.begin(), order.end());
        if (order.front().df > ranking::kPrefixPostingBudget)
            return; // every word too common to tell anything
        // Dense, generation-stamped scratch: no hashing per posting.
        phrase.begin(x.docs.size());
        for (size_t k = 0; k < order.size(); ++k) {
            // Past the rarest word only the documents holding every word so far count: few
            // of them are looked up in a common word's postings (which are in document
            // order) rather than scanning all of them ("senior" of "someone senior").
            const size_t candidates = k == 0 ? 0 : phrase.holding(k);
            if (k > 0 && candidates == 0)
                break;
            const bool lookUp = k > 0 && candidates * kLookUpCost < order[k].df;
            for (std::uint32_t t : x.terms.stemGroup(order[k].group)) {
                if (!standsFor(order[k].k, t))
                    continue;
                if (lookUp)
                    phrase.lookUp(x.terms.postings(t), k, phraseFieldWeight);
                else
                    phrase.scan(x.terms.postings(t), k, phraseFieldWeight);
            }
            phrase.endWord(k);
        }
        const std::uint32_t m = addMatcher({kNoTerm, quality, MatchKind::Synonym, note});
        for (size_t slot = 0; slot < phrase.touched.size(); ++slot) {
            const std::uint32_t doc = phrase.touched[slot];
            if (phrase.count[slot] != order.size())
                continue; // has only some of the words: not this phrase, but others may
            for (size_t ci : covered)
                plan.docHits[ci].push_back({doc, phrase.value[slot] * quality, Field::Keywords, m});
        }
    };
    // Groups already brought in, by (group, first query word).
    std::unordered_set<std::uint64_t> broughtIn;
    const auto groupAt = [](int group, size_t word) {
        return (std::uint64_t(std::uint32_t(group)) << 32) | std::uint64_t(word);
    };
    // Synonyms: any run of query words that is a phrase of the thesaurus or of the admins'
    // groups brings the group's other phrases in as alternatives for the words it covers.
    // The words must be forms of the phrase's words, not derivations sharing their stems
    // ("installation" is not one of the "instalments").
    if (!wholeNumber) {
        const int maxSpan = lex.maxPhraseWords();
        for (size_t a = 0; a < plan.words.size(); ++a) {
            std::string key;
            for (size_t len = 1;
                 len <= static_cast<size_t>(maxSpan) && a + len <= plan.words.size(); ++len) {
                const QueryWord &wl = plan.words[a + len - 1];
                if (len > 1)
                    key.push_back(' ');
                key += wl.stem;
                std::vector<size_t> covered;
                for (size_t k = a; k < a + len; ++k)
                    if (conceptOfWord[k] >= 0)
                        covered.push_back(static_cast<size_t>(conceptOfWord[k]));
                if (covered.empty())
                    continue;
                const auto groups = lex.groupsOf(key);
                if (groups.empty())
                    continue;
                const QString typed = typedWords(plan.words, a, a + len);
                for (const Lexicon::PhraseKey &pk : groups) {
                    const int g = pk.group;
                    const auto &phrases = lex.group(g);
                    // The phrase with the stems typed (its key), and typed in its words' forms.
                    const auto sameStems = [&](const Lexicon::Phrase &p) {
                        if (p.size() != len)
                            return false;
                        for (size_t k = 0; k < len; ++k)
                            if (p.stem(k) != plan.words[a + k].stem)
                                return false;
                        return true;
                    };
                    const bool said =
                        std::any_of(phrases.begin(), phrases.end(), [&](const auto &p) {
                            if (!sameStems(p))
                                return false;
                            for (size_t k = 0; k < len; ++k)
                                if (!p.stop(k) && !isFormOf(plan.words[a + k], p, k))
                                    return false;
                            return true;
                        });
                    if (!said)
                        continue;
                    broughtIn.insert(groupAt(g, a));
                    // The group's own member that was typed is what was typed, not a synonym:
                    // a keyword phrase typed whole counts as exact.
                    for (const Lexicon::Phrase &p : phrases)
                        alternative(p, covered, typed,
                                    len > 1 && sameStems(p) ? ranking::kExact : ranking::kSynonym);
                }
            }
        }
    }

    // A thesaurus phrase said with other words inside it ("walked out with a saw without
    // paying" holds "walked out without paying"): its words besides stop words, in order and
    // each a form of the phrase's word, within the phrase's length plus kPhraseGapWords, bring
    // its group in at kSynonym x kGappedPhrase, unless the phrase was found whole above.
    if (!wholeNumber) {
        for (size_t a = 0; a < plan.words.size(); ++a) {
            const QueryWord &wa = plan.words[a];
            if (wa.stop || conceptOfWord[a] < 0)
                continue;
            const auto *starts = lex.phrasesStartingWith(wa.stem);
            if (!starts)
                continue;
            for (const Lexicon::PhraseStart &ps : *starts) {
                const Lexicon::Phrase &p = lex.group(ps.group)[static_cast<size_t>(ps.phrase)];
                const auto first = static_cast<size_t>(ps.first);
                if (!isFormOf(wa, p, first))
                    continue;
                const size_t window = p.size() - first + ranking::kPhraseGapWords;
                std::vector<size_t> covered = {static_cast<size_t>(conceptOfWord[a])};
                size_t at = a;
                bool found = true;
                for (size_t k = first + 1; k < p.size() && found; ++k) {
                    if (p.stop(k))
                        continue;
                    found = false;
                    for (size_t b = at + 1; b < plan.words.size() && b - a < window; ++b) {
                        const QueryWord &wb = plan.words[b];
                        if (!wb.stop && conceptOfWord[b] >= 0 && isFormOf(wb, p, k)) {
                            covered.push_back(static_cast<size_t>(conceptOfWord[b]));
                            at = b;
                            found = true;
                            break;
                        }
                    }
                }
                if (!found || !broughtIn.insert(groupAt(ps.group, a)).second)
                    continue;
                const QString typed = typedWords(plan.words, a, at + 1);
                for (const Lexicon::Phrase &q : lex.group(ps.group))
                    alternative(q, covered, typed, ranking::kSynonym * ranking::kGappedPhrase);
            }
        }
    }

    // A word the directory does not know and no synonym explained: the ideas of the phrases it
    // is part of ("moved" -> "moved house" -> "change of address"), weaker than synonyms.
    if (!wholeNumber) {
        for (size_t ci = 0; ci < nc; ++ci) {
            Concept &c = plan.concepts[ci];
            if (c.numeric || !c.synonyms.empty() || x.terms.find(c.folded) != kNoTerm ||
                x.terms.findStem(c.stem) != kNoTerm)
                continue;
            const std::vector<int> *groups = lex.groupsWithWord(c.stem);
            if (!groups || groups->size() > static_cast<size_t>(ranking::kRelatedMaxGroups))
                continue; // unknown, or part of too many ideas to mean one
            const QString typed = plan.words[static_cast<size_t>(c.word)].text.toLower();
            const std::vector<size_t> covered = {ci};
            for (int g : *groups) {
                // Only the groups whose phrases hold a form of the word, not a derivation
                // sharing its stem.
                const auto &phrases = lex.group(g);
                const bool holdsForm =
                    std::any_of(phrases.begin(), phrases.end(), [&](const Lexicon::Phrase &p) {
                        for (size_t k = 0; k < p.size(); ++k)
                            if (isFormOf(plan.words[static_cast<size_t>(c.word)], p, k))
                                return true;
                        return false;
                    });
                if (!holdsForm)
                    continue;
                for (const Lexicon::Phrase &p : phrases)
                    alternative(p, covered, typed, ranking::kRelated);
            }
        }
    }

    // E-mail local parts typed whole ("jane.doe"): the person with that address.
    if (!wholeNumber) {
        for (const QString &chunk : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!chunk.contains(QLatin1Char('.')) && !chunk.contains(QLatin1Char('@')) &&
                !chunk.contains(QLatin1Char('_')))
                continue;
            const std::uint64_t key = emailKey(emailLocalPart(chunk));
            auto it = std::lower_bound(x.emails.begin(), x.emails.end(), KeyedDoc{key, 0u});
            const qsizetype chunkStart = query.indexOf(chunk);
            const std::uint32_t m = addMatcher({kNoTerm, ranking::kExact, MatchKind::Email, chunk});
            for (; it != x.emails.end() && it->key == key; ++it)
                for (size_t ci = 0; ci < nc; ++ci) {
                    const QueryWord &w = plan.words[static_cast<size_t>(plan.concepts[ci].word)];
                    if (w.start >= chunkStart && w.start < chunkStart + chunk.size())
                        plan.docHits[ci].push_back(
                            {it->doc, ranking::fieldWeight(Field::Name), Field::Email, m});
                }
        }
    }

    // Rare words matter more: inverse document frequency of each concept.
    const double n = static_cast<double>(x.docs.size()) + 1.0;
    // Phrases in more groups than this make a word generic (kGenericWordShare).
    const float genericLimit =
        std::max(static_cast<float>(ranking::kGenericWordGroups),
                 ranking::kGenericWordShare * static_cast<float>(lex.groupCount()));
    for (size_t ci = 0; ci < nc; ++ci) {
        Concept &c = plan.concepts[ci];
        double direct = 0, completions = 0, any = static_cast<double>(plan.docHits[ci].size());
        float bestQuality = 0;
        for (std::uint32_t mi : plan.termMatchers[ci]) {
            const Matcher &m = plan.matchers[mi];
            const auto df = static_cast<double>(x.terms.documents(m.term));
            if (m.kind == MatchKind::Exact || m.kind == MatchKind::Stem)
                direct += df;
            if (m.kind == MatchKind::Prefix)
                completions += df;
            any += df;
            bestQuality = std::max(bestQuality, m.quality);
        }
        for (const auto &h : plan.docHits[ci])
            bestQuality = std::max(bestQuality, plan.matchers[h.matcher].quality);
        // Outside sentences a word that may be unfinished is as rare as all it may become: "ric"
        // of "ric fost" is Ric, Richard or Rick, so it must not outweigh "fost".
        const double df =
            direct > 0 ? direct + (c.prefix && !sentence ? completions : 0.0) : std::max(1.0, any);
        c.weight = static_cast<float>(std::log(1.0 + n / df));
        // A word known only through indirect matches (synonyms, related phrases, typos) is
        // rare only by the look of it: it weighs as much as its best evidence is worth.
        if (direct <= 0 && bestQuality > 0 && !c.numeric)
            c.weight *= bestQuality;
        // A word of countless complaints ("work": "not working", "won't work", "stopped
        // working", ...) says little about which one this is, however rare it is in the
        // directory: the specific word next to it ("voucher") should decide.
        const std::vector<int> *phrases = c.numeric ? nullptr : lex.groupsWithWord(c.stem);
        if (phrases && static_cast<float>(phrases->size()) > genericLimit)
            c.weight *= ranking::kGenericWord;
        if (sentence && !c.numeric && lex.isCommonVerb(c.stem))
            c.weight *= ranking::kCommonVerb;
    }

    // Accumulate the best match of every concept in every document touched.
    thread_local Scratch scratch;
    scratch.begin(x.docs.size());
    // A stop word read as a name only adds to entities the other words found, so it goes last
    // and touches no new ones.
    std::vector<size_t> order(nc);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_partition(order.begin(), order.end(),
                          [&](size_t ci) { return !plan.concepts[ci].optional; });
    for (size_t ci : order) {
        if (cancelled(options))
            return out;
        const bool optional = plan.concepts[ci].optional;
        // Keeps the best match of the concept in the document; a stop word read as a name only
        // adds to documents already touched.
        const auto accumulate = [&](std::uint32_t doc, float v, Field f, std::uint32_t mi,
                                    bool synonym) {
            Record *r = optional ? scratch.find(doc) : &scratch.at(doc);
            if (!r)
                return;
            if (synonym)
                noteSynonym(plan, *r, ci, mi, v);
            if (v > r->best[ci]) {
                r->best[ci] = v;
                r->matcher[ci] = static_cast<MatcherRef>(mi);
                r->field[ci] = f;
            }
        };
        for (std::uint32_t mi : plan.termMatchers[ci]) {
            if (mi >= kNoMatcher)
                break; // a record cannot name it (never seen: prefixes are budgeted)
            const Matcher &m = plan.matchers[mi];
            const bool synonym = m.kind == MatchKind::Synonym;
            for (std::uint32_t posting : x.terms.postings(m.term)) {
                const Field f = TermIndex::fieldOf(posting);
                if ((optional && !ranking::isNameField(f)) ||
                    (synonym && ranking::isPersonalNameField(f)) ||
                    (m.titleOnly && !ranking::isTitleField(f)))
                    continue;
                accumulate(TermIndex::docOf(posting), ranking::fieldWeight(f) * m.quality, f, mi,
                           synonym);
            }
        }
        for (const auto &h : plan.docHits[ci]) {
            if ((optional && !ranking::isNameField(h.field)) || h.matcher >= kNoMatcher)
                continue;
            accumulate(h.doc, h.value, h.field, h.matcher, true); // noteSynonym checks the kind
        }
    }
    if (cancelled(options))
        return out;

    float totalWeight = 0;
    for (const Concept &c : plan.concepts)
        if (!c.optional)
            totalWeight += c.weight;
    if (totalWeight <= 0)
        return out;

    // Feedback: entities reps opened for similar queries.
    std::unordered_map<std::uint32_t, float> feedbackBoost;
    if (options.feedback && !options.feedback->entries.isEmpty()) {
        const QStringList qterms = feedbackTerms(query, lex);
        for (const FeedbackEntry &e : options.feedback->entries) {
            const double sim = FeedbackSnapshot::similarity(qterms, !endsWithSpace, e.terms);
            if (sim <= 0)
                continue;
            const std::uint32_t doc = x.docOf(e.kind, d, e.org, e.id);
            if (doc == kNoTerm)
                continue;
            scratch.at(doc); // chosen before: a candidate even when no word matches now
            float &b = feedbackBoost[doc];
            b = std::min(ranking::kFeedback, b + static_cast<float>(ranking::kFeedback * sim *
                                                                    std::min(1.0, e.weight)));
        }
    }

    struct Scored
    {
        std::uint32_t record;
        float score;
    };
    std::vector<Scored> scored;
    scored.reserve(scratch.records.size());
    for (std::uint32_t ri = 0; ri < scratch.records.size(); ++ri) {
        Record &r = scratch.records[ri];
        // A stop word is part of a name only where the query names the entity: another of its
        // words is in a name field ("and curr" and Andrew Curran, not "payments and cards" and
        // an Andersson in the Payments team).
        if (stopWordMayBeName) {
            bool named = false;
            for (size_t ci = 0; ci < nc; ++ci)
                named = named || (!plan.concepts[ci].optional && r.best[ci] > 0 &&
                                  ranking::isNameField(r.field[ci]));
            if (!named)
                for (size_t ci = 0; ci < nc; ++ci)
                    if (plan.concepts[ci].optional)
                        r.best[ci] = 0;
        }
        float best[kMaxWords];
        std::copy(r.best, r.best + nc, best);
        if (nc > 1)
            upgradeTypedKeywordPhrases(plan, r, best);
        for (size_t ci = 0; ci < nc; ++ci)
            best[ci] += ranking::kOtherSynonyms * unpackValue(r.otherSynonym[ci]);
        if (sentence)
            weakenOrdinaryNameWord(plan, r, best);
        // A stop word read as a name only adds: its weight is not in totalWeight.
        float s = 0;
        for (size_t ci = 0; ci < nc; ++ci)
            s += plan.concepts[ci].weight * best[ci];
        s /= totalWeight;
        // A described problem is explained by several of its words; one alone (a "crew" in a
        // title) is as often a coincidence.
        if (sentence && std::count_if(best, best + nc, [](float v) { return v > 0; }) == 1)
            s *= ranking::kSentenceOneWord;
        if (sentence && x.docs[r.doc].kind != EntityKind::Responsibility)
            s *= ranking::kSentenceOtherKinds;
        if (!feedbackBoost.empty()) {
            auto it = feedbackBoost.find(r.doc);
            if (it != feedbackBoost.end())
                s += it->second;
        }
        if (s > 0)
            scored.push_back({ri, s});
    }
    const size_t pool = std::min(scored.size(), static_cast<size_t>(ranking::kRerankPool));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(pool),
                      scored.end(),
                      [](const Scored &a, const Scored &b) { return a.score > b.score; });
    scored.resize(pool);

    // Re-rank the best few: how much of the title the query covered, and what to highlight.
    auto titleOf = [&](const DocRef &ref) -> QStringView {
        switch (ref.kind) {
        case EntityKind::Responsibility:
            return d.responsibilities.at(ref.row).topic;
        case EntityKind::Team:
            return d.teams.at(ref.row).name;
        case EntityKind::Person:
            break;
        }
        return d.people.at(ref.row).name.view();
    };
    struct Ranked
    {
        std::uint32_t record;
        float score;
        QList<MatchRange> ranges;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(pool);
    for (const Scored &s : scored) {
        const Record &r = scratch.records[s.record];
        const DocRef &ref = x.docs[r.doc];
        const QStringView title = titleOf(ref);
        Ranked rk{s.record, s.score, {}};
        int words = 0, covered = 0;
        std::vector<bool> inTitle(nc, false);
        // The title is the query word for word, stop words and order included (kTypedAsWritten).
        size_t asWritten = 0;
        bool typedAsWritten = true;
        for (const TextWord &tw : splitWords(title)) {
            const QStringView word = QStringView(title).mid(tw.start, tw.length);
            const std::string f = folder.fold(word);
            if (!f.empty()) {
                typedAsWritten = typedAsWritten && asWritten < plan.words.size() &&
                                 plan.words[asWritten].folded == f;
                ++asWritten;
            }
            if (f.empty() || lex.isStopword(f))
                continue;
            ++words;
            const std::string g = folder.foldGerman(word);
            const std::string st = folder.stem(f);
            qsizetype length = 0;
            bool synonymOnly = false;
            // A short number is no concept in a longer query, yet "1" of "Warehouse Operations
            // Sydney 1" is typed when the query holds it.
            if (isDigits(f) && std::any_of(plan.words.begin(), plan.words.end(),
                                           [&](const QueryWord &w) { return w.folded == f; }))
                length = tw.length;
            for (size_t ci = 0; ci < nc && length < tw.length; ++ci) {
                const Concept &c = plan.concepts[ci];
                if (c.numeric || (c.optional && r.best[ci] <= 0))
                    continue;
                if (length == 0 && (c.synonyms.count(st) || c.synonyms.count(f)))
                    synonymOnly = true;
                const qsizetype before = length;
                if (f == c.folded || st == c.stem || (!g.empty() && g == c.folded) ||
                    c.alternatives.count(f) || c.alternatives.count(st)) {
                    length = tw.length;
                } else if (c.prefix && (f.rfind(c.folded, 0) == 0 ||
                                        (!g.empty() && g.rfind(c.folded, 0) == 0))) {
                    // Highlight what was typed, when folding kept the length.
                    const qsizetype typed = static_cast<qsizetype>(c.folded.size());
                    length = std::max(length, static_cast<qsizetype>(f.size()) == tw.length
                                                  ? std::min(typed, tw.length)
                                                  : tw.length);
                } else if (c.maxEdits > 0 && editDistance(f, c.folded, c.maxEdits) <= c.maxEdits) {
                    length = tw.length;
                }
                if (length > before)
                    inTitle[ci] = true;
                if (length == tw.length)
                    break;
            }
            // Synonyms are highlighted but do not count as typing the title.
            if (length > 0)
                ++covered;
            else if (synonymOnly)
                length = tw.length;
            if (length > 0)
                rk.ranges.append({static_cast<int>(tw.start), static_cast<int>(length)});
        }
        // The bonus needs both: the title is mostly what was typed, and what was typed is
        // mostly in the title (one generic word of a long sentence is not "the name").
        float queryShare = 0;
        for (size_t ci = 0; ci < nc; ++ci)
            if (inTitle[ci] && !plan.concepts[ci].optional)
                queryShare += plan.concepts[ci].weight;
        queryShare /= totalWeight;
        // A team is called by its name. One word of a longer one ("refun" of "Returns &
        // Refunds") is as likely the subject of one of the team's responsibilities, which names
        // the team anyway, so it earns the team no bonus; two words are the name typed.
        const bool partOfTeamName = ref.kind == EntityKind::Team && covered <= 1 && words > 1;
        if (words > 0 && !partOfTeamName)
            rk.score += ranking::kTitleCoverage * queryShare * static_cast<float>(covered) /
                        static_cast<float>(words);
        // Two words or more: one has no order to settle.
        if (typedAsWritten && asWritten == plan.words.size() && asWritten >= 2)
            rk.score += ranking::kTypedAsWritten;
        if (qEnvironmentVariableIsSet("WHOOWNS_SEARCH_DEBUG"))
            qInfo("%s base=%.3f covered=%d/%d", qPrintable(title.toString()), double(s.score),
                  covered, words);
        ranked.push_back(std::move(rk));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const DocRef &da = x.docs[scratch.records[a.record].doc];
        const DocRef &db = x.docs[scratch.records[b.record].doc];
        if (kindOrder(da.kind) != kindOrder(db.kind))
            return kindOrder(da.kind) < kindOrder(db.kind);
        return titleOf(da).size() < titleOf(db).size();
    });
    if (ranked.size() > static_cast<size_t>(options.limit))
        ranked.resize(static_cast<size_t>(options.limit));

    for (const Ranked &rk : ranked) {
        const Record &r = scratch.records[rk.record];
        const DocRef &ref = x.docs[r.doc];
        SearchResult res;
        res.kind = ref.kind;
        res.score = std::round(static_cast<double>(rk.score) * 1000.0) / 1000.0;
        res.titleMatches = rk.ranges;
        for (size_t ci = 0; ci < nc; ++ci) {
            if (r.best[ci] <= 0 || r.matcher[ci] == kNoMatcher)
                continue;
            const Matcher &m = plan.matchers[r.matcher[ci]];
            const QString what =
                m.term != kNoTerm ? QString::fromStdString(x.terms.text(m.term)) : m.note;
            const QString entry = fieldLabel(r.field[ci]) + QStringLiteral(": ") + what;
            if (!res.why.contains(entry))
                res.why.append(entry);
            const QString kind = kindLabel(m.kind);
            if (!kind.isEmpty() && m.kind != MatchKind::Prefix) {
                const QString extra = kind + QStringLiteral(": ") + m.note;
                if (!res.why.contains(extra))
                    res.why.append(extra);
            }
        }
        if (feedbackBoost.count(r.doc))
            res.why.append(QStringLiteral("chosen before for a similar query"));
        switch (ref.kind) {
        case EntityKind::Responsibility: {
            const Responsibility &v = d.responsibilities.at(ref.row);
            res.org = v.org;
            res.id = v.id;
            res.title = v.topic;
            const Team *t = d.team(v.org, v.ownerTeamId);
            res.subtitle = t ? t->name : QString();
            break;
        }
        case EntityKind::Person: {
            const Person &v = d.people.at(ref.row);
            res.org = v.org;
            res.id = v.id;
            res.title = v.name;
            res.subtitle = v.title + (v.team.isEmpty() ? QString() : QStringLiteral(", ") + v.team);
            res.away = v.status == PersonStatus::OnLeave;
            break;
        }
        case EntityKind::Team: {
            const Team &v = d.teams.at(ref.row);
            res.org = v.org;
            res.id = v.id;
            res.title = v.name;
            res.subtitle = v.department;
            break;
        }
        }
        out.append(std::move(res));
    }
    return out;
}

} // namespace whoowns
