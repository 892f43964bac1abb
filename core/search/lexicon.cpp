#include "search/lexicon.h"

#include "search/ranking.h"
#include "search/textfold.h"
#include "search/wordneighbours.h"

#include <QFile>

#include <algorithm>

namespace whoowns::search {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

std::vector<std::string> foldWords(const QString &text)
{
    std::vector<std::string> out;
    TextFolder &folder = TextFolder::local();
    for (const TextWord &w : splitWords(text)) {
        std::string f = folder.fold(QStringView(text).mid(w.start, w.length));
        if (!f.empty())
            out.push_back(std::move(f));
    }
    return out;
}

} // namespace

namespace {

// Calls addGroup(members) for every "a | b | c" data line, skipping comments and blank lines:
// one line's members at a time, so a large thesaurus is never held a second time as a list.
template <typename AddGroup> void forEachGroup(const QString &text, AddGroup addGroup)
{
    QStringList members;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        members.clear();
        for (QStringView m : line.split(u'|')) {
            const QStringView t = m.trimmed();
            if (!t.isEmpty())
                members.append(t.toString());
        }
        if (!members.isEmpty())
            addGroup(members);
    }
}

} // namespace

QList<QStringList> parseGroups(const QString &text)
{
    QList<QStringList> groups;
    forEachGroup(text, [&](const QStringList &members) { groups.append(members); });
    return groups;
}

std::shared_ptr<const Lexicon> Lexicon::builtIn()
{
    static const std::shared_ptr<const Lexicon> lexicon = [] {
        auto l = std::make_shared<Lexicon>();
        // Stop words first: phrases remember which of their words are stop words.
        l->addStopwords(readResource(QStringLiteral(":/whoowns/lang/stopwords.txt")));
        l->addThesaurus(readResource(QStringLiteral(":/whoowns/lang/thesaurus.txt")));
        l->addNicknames(readResource(QStringLiteral(":/whoowns/lang/nicknames.txt")));
        l->addCommonVerbs(readResource(QStringLiteral(":/whoowns/lang/commonverbs.txt")));
        l->addEnglishWords(readResource(QStringLiteral(":/whoowns/lang/englishwords.txt")));
        l->compact();
        return l;
    }();
    return lexicon;
}

namespace {

bool hasApostrophe(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isApostrophe);
}

} // namespace

void Lexicon::addStopwords(const QString &text)
{
    for (const QStringList &g : parseGroups(text)) {
        for (const QString &w : g) {
            auto &set = hasApostrophe(w) ? m_contractions : m_stopwords;
            for (std::string &f : foldWords(w))
                set.insert(std::move(f));
        }
    }
}

bool Lexicon::isStopword(const std::string &folded, QStringView typed) const
{
    return isStopword(folded) || (m_contractions.count(folded) != 0 && hasApostrophe(typed));
}

void Lexicon::addCommonVerbs(const QString &text)
{
    TextFolder &folder = TextFolder::local();
    for (const QStringList &g : parseGroups(text)) {
        for (const QString &w : g) {
            for (const std::string &f : foldWords(w))
                m_commonVerbs.insert(folder.stem(f));
        }
    }
}

void Lexicon::addEnglishWords(const QString &text)
{
    // Line by line into one buffer, sorted as offsets: a list of 64,000 strings would cost
    // more than ten times the list's size while loading, and fragment the heap after.
    TextFolder &folder = TextFolder::local();
    std::string buffer = m_englishText;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> entries = m_englishStems;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const std::string st = folder.stem(folder.fold(line));
        if (st.empty())
            continue;
        entries.emplace_back(static_cast<std::uint32_t>(buffer.size()),
                             static_cast<std::uint32_t>(st.size()));
        buffer += st;
    }
    const auto view = [&](const std::pair<std::uint32_t, std::uint32_t> &e) {
        return std::string_view(buffer).substr(e.first, e.second);
    };
    std::sort(entries.begin(), entries.end(),
              [&](const auto &a, const auto &b) { return view(a) < view(b); });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [&](const auto &a, const auto &b) { return view(a) == view(b); }),
                  entries.end());
    m_englishText.clear();
    m_englishText.reserve(buffer.size());
    m_englishStems.clear();
    m_englishStems.reserve(entries.size());
    for (const auto &e : entries) {
        m_englishStems.emplace_back(static_cast<std::uint32_t>(m_englishText.size()), e.second);
        m_englishText += view(e);
    }
}

bool Lexicon::isEnglishWord(std::string_view stem) const
{
    const auto view = [this](const std::pair<std::uint32_t, std::uint32_t> &e) {
        return std::string_view(m_englishText).substr(e.first, e.second);
    };
    const auto it =
        std::lower_bound(m_englishStems.begin(), m_englishStems.end(), stem,
                         [&](const auto &e, std::string_view s) { return view(e) < s; });
    return it != m_englishStems.end() && view(*it) == stem;
}

void Lexicon::addThesaurus(const QString &text)
{
    const size_t sorted = m_phraseKeys.size();
    forEachGroup(text, [this](const QStringList &g) { addGroup(g); });
    sortPhraseKeys(sorted);
}

void Lexicon::compact()
{
    m_strings.shrink_to_fit();
    m_phraseWords.shrink_to_fit();
    m_phrases.shrink_to_fit();
    m_groupStarts.shrink_to_fit();
    m_phraseText.shrink_to_fit();
    m_phraseKeys.shrink_to_fit();
    for (auto &[stem, groups] : m_wordGroups)
        groups.shrink_to_fit();
    for (auto &[stem, starts] : m_phraseStarts)
        starts.shrink_to_fit();
    // The spelling index: the phrase words not indexed yet, as a layer of their own once the
    // shared index exists (the admins' few words beside the whole thesaurus).
    const size_t from = m_spelling ? m_spellingCovers : 0;
    std::vector<std::pair<std::string, std::uint32_t>> words;
    for (size_t i = from; i < m_phraseWords.size(); ++i) {
        const PhraseWord &w = m_phraseWords[i];
        const std::string &text = m_strings[w.word];
        if (!w.stop && text.size() >= static_cast<size_t>(ranking::kTypoMinLength1) &&
            std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            words.emplace_back(text, 1);
    }
    auto index = std::make_shared<const WordNeighbours>(std::move(words));
    if (m_spelling) {
        m_addedSpelling = std::move(index);
    } else {
        m_spelling = std::move(index);
        m_spellingCovers = m_phraseWords.size();
    }
}

SpellingWords Lexicon::spellingWords() const
{
    return {m_spelling.get(), m_addedSpelling.get()};
}

void Lexicon::addSynonymGroup(const QStringList &terms)
{
    const size_t sorted = m_phraseKeys.size();
    addGroup(terms);
    sortPhraseKeys(sorted);
}

namespace {

std::uint64_t keyHash(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

} // namespace

// Sorts the keys appended after the first sortedUpTo (already sorted) and merges them in.
void Lexicon::sortPhraseKeys(size_t sortedUpTo)
{
    const auto middle = m_phraseKeys.begin() + static_cast<std::ptrdiff_t>(sortedUpTo);
    std::sort(middle, m_phraseKeys.end());
    std::inplace_merge(m_phraseKeys.begin(), middle, m_phraseKeys.end());
    m_phraseKeys.erase(std::unique(m_phraseKeys.begin(), m_phraseKeys.end()), m_phraseKeys.end());
}

std::uint32_t Lexicon::intern(const std::string &s)
{
    const auto [it, added] =
        m_stringIds.try_emplace(s, static_cast<std::uint32_t>(m_strings.size()));
    if (added)
        m_strings.push_back(s);
    return it->second;
}

QString Lexicon::Phrase::text() const
{
    return QString::fromUtf8(m_lex->m_phraseText.data() + m_entry->text, m_entry->textLength);
}

void Lexicon::addGroup(const QStringList &terms)
{
    TextFolder &folder = TextFolder::local();
    struct Parsed
    {
        std::vector<PhraseWord> words;
        QByteArray text;
    };
    std::vector<Parsed> phrases;
    for (const QString &t : terms) {
        Parsed p;
        p.text = t.trimmed().toUtf8();
        for (const std::string &w : foldWords(t)) {
            const std::string st = folder.stem(w);
            PhraseWord pw{};
            pw.word = intern(w);
            pw.stop = isStopword(w) ? 1 : 0;
            pw.stem = intern(st);
            p.words.push_back(pw);
        }
        if (p.words.empty() || p.words.size() > 0xffff || p.text.size() > 0xffff)
            continue;
        const auto sameStems = [](const PhraseWord &a, const PhraseWord &b) {
            return a.stem == b.stem;
        };
        const bool duplicate = std::any_of(phrases.begin(), phrases.end(), [&](const Parsed &o) {
            return std::equal(o.words.begin(), o.words.end(), p.words.begin(), p.words.end(),
                              sameStems);
        });
        if (!duplicate)
            phrases.push_back(std::move(p));
    }
    if (phrases.size() < 2)
        return;
    const int id = static_cast<int>(m_groupStarts.size() - 1);
    for (size_t i = 0; i < phrases.size(); ++i) {
        const Parsed &p = phrases[i];
        m_phrases.push_back({static_cast<std::uint32_t>(m_phraseWords.size()),
                             static_cast<std::uint32_t>(m_phraseText.size()),
                             static_cast<std::uint16_t>(p.words.size()),
                             static_cast<std::uint16_t>(p.text.size())});
        m_phraseWords.insert(m_phraseWords.end(), p.words.begin(), p.words.end());
        m_phraseText.append(p.text.constData(), static_cast<size_t>(p.text.size()));
        const auto isStop = [&](size_t k) { return p.words[k].stop != 0; };
        const auto stemOf = [&](size_t k) -> const std::string & {
            return m_strings[p.words[k].stem];
        };
        size_t content = 0, first = p.words.size();
        for (size_t k = 0; k < p.words.size(); ++k) {
            if (!isStop(k)) {
                ++content;
                first = std::min(first, k);
            }
        }
        if (content >= 2)
            m_phraseStarts[stemOf(first)].push_back(
                {id, static_cast<int>(i), static_cast<int>(first)});
        std::string key;
        for (size_t k = 0; k < p.words.size(); ++k) {
            if (!key.empty())
                key.push_back(' ');
            key += stemOf(k);
        }
        m_phraseKeys.push_back({keyHash(key), id});
        if (p.words.size() > 1) {
            for (size_t k = 0; k < p.words.size(); ++k) {
                std::vector<int> &g = m_wordGroups[stemOf(k)];
                if (!isStop(k) && (g.empty() || g.back() != id))
                    g.push_back(id);
            }
        }
        m_maxPhraseWords = std::max(m_maxPhraseWords, static_cast<int>(p.words.size()));
    }
    m_groupStarts.push_back(m_phrases.size());
}

void Lexicon::addNicknames(const QString &text)
{
    for (const QStringList &g : parseGroups(text)) {
        std::vector<std::string> names;
        for (const QString &t : g) {
            std::vector<std::string> w = foldWords(t);
            if (w.size() == 1) {
                names.push_back(w.front());
            }
        }
        for (const std::string &a : names) {
            std::vector<std::string> &v = m_nicknames[a];
            for (const std::string &b : names)
                if (b != a && std::find(v.begin(), v.end(), b) == v.end())
                    v.push_back(b);
        }
    }
}

std::span<const Lexicon::PhraseKey> Lexicon::groupsOf(std::string_view phraseKey) const
{
    const std::uint64_t hash = keyHash(phraseKey);
    const auto [from, to] =
        std::equal_range(m_phraseKeys.begin(), m_phraseKeys.end(), PhraseKey{hash, 0},
                         [](const PhraseKey &a, const PhraseKey &b) { return a.hash < b.hash; });
    return {from, to};
}

const std::vector<Lexicon::PhraseStart> *Lexicon::phrasesStartingWith(const std::string &stem) const
{
    auto it = m_phraseStarts.find(stem);
    return it == m_phraseStarts.end() ? nullptr : &it->second;
}

const std::vector<int> *Lexicon::groupsWithWord(const std::string &stem) const
{
    auto it = m_wordGroups.find(stem);
    return it == m_wordGroups.end() ? nullptr : &it->second;
}

const std::vector<std::string> *Lexicon::nameVariants(const std::string &folded) const
{
    auto it = m_nicknames.find(folded);
    return it == m_nicknames.end() ? nullptr : &it->second;
}

} // namespace whoowns::search
