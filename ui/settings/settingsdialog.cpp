#include "settings/settingsdialog.h"

#include "session/directorysession.h"
#include "settings/preferences.h"
#include "store/directorystore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace whoowns::ui {

SettingsDialog::SettingsDialog(DirectorySession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);

    m_database = new QLineEdit(databasePathPreference(), this);
    m_database->setObjectName(QStringLiteral("databasePath"));
    m_database->setAccessibleName(tr("Database location"));
    m_database->setPlaceholderText(DirectoryStore::defaultPath());
    form->addRow(tr("&Database:"), m_database);
    auto *dbNote = new QLabel(
        tr("Now using %1. A new location is used from the next start.").arg(session.store().path()),
        this);
    dbNote->setWordWrap(true);
    form->addRow(QString(), dbNote);

    m_fallbackName = new QLineEdit(session.store().setting(QLatin1String(kFallbackNameKey)), this);
    m_fallbackName->setObjectName(QStringLiteral("fallbackName"));
    m_fallbackName->setAccessibleName(tr("Fallback contact name"));
    m_fallbackName->setPlaceholderText(tr("e.g. Switchboard, IT help desk"));
    form->addRow(tr("&Fallback contact:"), m_fallbackName);
    m_fallbackPhone =
        new QLineEdit(session.store().setting(QLatin1String(kFallbackPhoneKey)), this);
    m_fallbackPhone->setObjectName(QStringLiteral("fallbackPhone"));
    m_fallbackPhone->setAccessibleName(tr("Fallback contact number"));
    form->addRow(tr("Fallback &number:"), m_fallbackPhone);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("repTimeZone"));
    m_timeZone->setAccessibleName(tr("Your time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(QString::fromLatin1(repTimeZone().id()));
    form->addRow(tr("Your &time zone:"), m_timeZone);

    m_callScheme = new QComboBox(this);
    m_callScheme->setObjectName(QStringLiteral("callScheme"));
    m_callScheme->setAccessibleName(tr("Call links"));
    m_callScheme->addItem(tr("Telephone (tel:)"), QStringLiteral("tel"));
    m_callScheme->addItem(tr("Softphone (sip:)"), QStringLiteral("sip"));
    m_callScheme->setCurrentIndex(m_callScheme->findData(callScheme()));
    form->addRow(tr("&Call with:"), m_callScheme);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
}

void SettingsDialog::accept()
{
    setDatabasePathPreference(m_database->text().trimmed());
    DirectoryStore &store = m_session.store();
    store.setSetting(QLatin1String(kFallbackNameKey), m_fallbackName->text().trimmed());
    store.setSetting(QLatin1String(kFallbackPhoneKey), m_fallbackPhone->text().trimmed());
    if (QTimeZone(m_timeZone->currentText().toLatin1()).isValid())
        setRepTimeZone(m_timeZone->currentText().toLatin1());
    setCallScheme(m_callScheme->currentData().toString());
    m_session.reload(); // the fallback contact is part of the routing settings
    emit saved();
    QDialog::accept();
}

} // namespace whoowns::ui
