#include "editor/responsibilityform.h"

#include "editor/personpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

namespace whoowns::ui {

namespace {

template <typename W> W *named(W *w, const char *objectName, const QString &accessible)
{
    w->setObjectName(QString::fromLatin1(objectName));
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

ResponsibilityForm::ResponsibilityForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("responsibilityForm"));
    auto *form = new QFormLayout(this);
    m_people = new QStringListModel(this);
    m_id = named(new QLineEdit(this), "topicId", tr("Id"));
    m_topic = named(new QLineEdit(this), "topicName", tr("Topic"));
    m_description = named(new QPlainTextEdit(this), "topicDescription", tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_keywords = named(new QLineEdit(this), "topicKeywords", tr("Keywords"));
    m_keywords->setPlaceholderText(tr("The customer's words, separated by commas"));
    m_team = named(new QComboBox(this), "topicTeam", tr("Owning team"));
    m_team->setEditable(true);
    m_team->setInsertPolicy(QComboBox::NoInsert);
    m_team->completer()->setFilterMode(Qt::MatchContains);
    m_team->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_owner = named(new PersonPicker(this), "topicOwner", tr("Owner"));
    m_backup = named(new PersonPicker(this), "topicBackup", tr("Backup"));
    m_escalation = named(new PersonPicker(this), "topicEscalation", tr("Escalation contact"));
    m_hours = named(new QLineEdit(this), "topicHours", tr("Hours"));
    m_hours->setPlaceholderText(tr("e.g. Mon-Fri 09:00-17:00 (empty: the owner's hours)"));
    m_notes = named(new QPlainTextEdit(this), "topicNotes", tr("What to tell the customer"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("Owning &team:"), m_team);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Backup:"), m_backup);
    form->addRow(tr("&Escalation:"), m_escalation);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("What to tell the &customer:"), m_notes);
    for (QLineEdit *e :
         {m_id, m_topic, m_keywords, m_hours, static_cast<QLineEdit *>(m_owner),
          static_cast<QLineEdit *>(m_backup), static_cast<QLineEdit *>(m_escalation)})
        connect(e, &QLineEdit::textEdited, this, &ResponsibilityForm::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ResponsibilityForm::edited);
}

void ResponsibilityForm::setDirectory(std::shared_ptr<const Directory> directory)
{
    m_directory = std::move(directory);
    QStringList entries;
    if (m_directory) {
        entries.reserve(m_directory->people.size());
        for (const Person &p : m_directory->people)
            if (p.status != PersonStatus::Left)
                entries.append(PersonPicker::entryFor(p));
    }
    m_people->setStringList(entries);
    for (PersonPicker *p : {m_owner, m_backup, m_escalation})
        p->setDirectory(m_directory, m_people);
    m_team->clear();
    m_team->addItem(QString(), QString());
    if (m_directory)
        for (const Team &t : m_directory->teams)
            m_team->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.id), t.id);
}

void ResponsibilityForm::load(const Responsibility &r, bool isNew)
{
    const QSignalBlocker blockNotes(m_notes);
    m_org = r.org;
    m_id->setText(r.id);
    m_id->setReadOnly(!isNew);
    m_topic->setText(r.topic);
    m_description->setPlainText(r.description);
    m_keywords->setText(joinKeywords(r.keywords));
    const int team = m_team->findData(r.ownerTeamId);
    m_team->setCurrentIndex(team < 0 ? 0 : team);
    m_owner->setPersonId(r.org, r.ownerId);
    m_backup->setPersonId(r.org, r.backupId);
    m_escalation->setPersonId(r.org, r.escalationId);
    m_hours->setText(r.hours);
    m_notes->setPlainText(r.notes);
}

Responsibility ResponsibilityForm::read(QStringList *problems) const
{
    Responsibility r;
    r.org = m_org;
    r.id = m_id->text().trimmed();
    r.topic = m_topic->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.keywords = splitKeywords(m_keywords->text());
    // The typed team text may not be an item yet: match it against the list.
    const int team = m_team->findText(m_team->currentText(), Qt::MatchFixedString);
    r.ownerTeamId = team >= 0 ? m_team->itemData(team).toString() : QString();
    if (team < 0 && !m_team->currentText().trimmed().isEmpty())
        problems->append(tr("No team is called “%1”.").arg(m_team->currentText()));
    const struct
    {
        PersonPicker *field;
        QString *id;
        QString role;
    } people[] = {{m_owner, &r.ownerId, tr("owner")},
                  {m_backup, &r.backupId, tr("backup")},
                  {m_escalation, &r.escalationId, tr("escalation contact")}};
    for (const auto &p : people) {
        bool ok = true;
        *p.id = p.field->personId(m_org, &ok);
        if (!ok)
            problems->append(tr("The %1 “%2” is not one known person; pick from the list.")
                                 .arg(p.role, p.field->text()));
    }
    r.hours = m_hours->text().trimmed();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

} // namespace whoowns::ui
