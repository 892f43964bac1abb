#include "search/searchindex.h"

#include "search/lexicon.h"
#include "search/ranking.h"
#include "search/textfold.h"
#include "util/freedmemory.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace whoowns::search {

using ranking::Field;

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

bool isDigits(const std::string &s)
{
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint64_t emailKey(const std::string &local)
{
    return std::hash<std::string>{}(local);
}

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

SearchIndex::SearchIndex(const Directory &d, std::shared_ptr<const Lexicon> language)
    : lexicon(std::move(language))
{
    SearchIndex &x = *this;
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

std::uint32_t SearchIndex::docOf(EntityKind kind, const Directory &d, const QString &org,
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

std::size_t SearchIndex::memoryBytes() const
{
    return terms.memoryBytes() + phones.memoryBytes() + docs.size() * sizeof(DocRef) +
           emails.size() * sizeof(KeyedDoc) +
           (responsibilityDoc.size() + teamDoc.size() + personDoc.size()) * 4;
}

} // namespace whoowns::search
