#include "editor/personpicker.h"

#include <QCompleter>
#include <QStringListModel>

namespace whoowns::ui {

PersonPicker::PersonPicker(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Type part of a name, title or id"));
    setClearButtonEnabled(true);
}

QString PersonPicker::entryFor(const Person &p)
{
    return p.title.isEmpty() ? QStringLiteral("%1 (%2)").arg(p.displayName(), p.id)
                             : QStringLiteral("%1 — %2 (%3)").arg(p.displayName(), p.title, p.id);
}

void PersonPicker::setDirectory(std::shared_ptr<const Directory> directory,
                                QStringListModel *people)
{
    m_directory = std::move(directory);
    auto *completer = new QCompleter(people, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
}

void PersonPicker::setPersonId(const QString &org, const QString &id)
{
    const Person *p = m_directory ? m_directory->person(org, id) : nullptr;
    setText(p ? entryFor(*p) : id);
}

QString PersonPicker::personId(const QString &org, bool *ok) const
{
    *ok = true;
    const QString t = text().trimmed();
    if (t.isEmpty() || !m_directory)
        return {};
    // "… (id)" as the completer writes it, or a bare id.
    QString id = t;
    if (t.endsWith(QLatin1Char(')')) && t.contains(QLatin1Char('(')))
        id = t.mid(t.lastIndexOf(QLatin1Char('(')) + 1).chopped(1);
    if (m_directory->person(org, id))
        return id;
    // A unique exact name.
    QString found;
    for (const Person &p : m_directory->people) {
        if (p.org != org || p.status == PersonStatus::Left)
            continue;
        if (p.name.view().compare(t, Qt::CaseInsensitive) == 0 ||
            p.displayName().compare(t, Qt::CaseInsensitive) == 0) {
            if (!found.isEmpty()) {
                *ok = false;
                return {};
            }
            found = p.id;
        }
    }
    *ok = !found.isEmpty();
    return found;
}

} // namespace whoowns::ui
