#include "importwizard/filepage.h"

#include "importers/importhistory.h"
#include "importwizard/importplan.h"
#include "session/directorysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace whoowns::ui {

ImportFilePage::ImportFilePage(DirectorySession &session, ImportPlan &plan, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An export from the HR system (CSV, organogram, vCard, LDIF, JSON) or a "
                   "teams or responsibilities CSV."));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAccessibleName(tr("Browse for the file"));
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    form->addRow(tr("&File:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_path);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_kind->addItem(tr("People"), QStringLiteral("people"));
    m_kind->addItem(tr("Teams"), QStringLiteral("teams"));
    m_kind->addItem(tr("Responsibilities"), QStringLiteral("responsibilities"));
    form->addRow(tr("&Contains:"), m_kind);

    m_full = new QCheckBox(tr("This is the full list: people missing from it have left"), this);
    m_full->setObjectName(QStringLiteral("fullExport"));
    m_full->setChecked(true);
    form->addRow(QString(), m_full);

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Detected:"), m_detected);

    m_lastImport = new QLabel(this);
    m_lastImport->setObjectName(QStringLiteral("lastImport"));
    m_lastImport->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo the last import"), this);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setAccessibleName(tr("Undo the last import"));
    form->addRow(tr("Last import:"), m_lastImport);
    form->addRow(QString(), m_undo);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::inspect);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspect);
    connect(m_undo, &QPushButton::clicked, this, &ImportFilePage::undoLastImport);
    showLastImport();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
    inspect();
}

void ImportFilePage::browse()
{
    auto *dialog =
        new QFileDialog(this, tr("Import from HR"), m_path->text(),
                        tr("Exports (*.csv *.tsv *.txt *.vcf *.ldif *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setPath);
    dialog->open();
}

void ImportFilePage::inspect()
{
    m_plan.path = m_path->text().trimmed();
    m_plan.kind = m_kind->currentData().toString();
    m_plan.mappings.clear();
    m_full->setEnabled(m_plan.isPeople());
    m_ok = !m_plan.path.isEmpty() && inspectImportFile(m_plan);
    if (m_plan.path.isEmpty())
        m_detected->clear();
    else if (!m_ok)
        m_detected->setText(m_plan.problem);
    else
        m_detected->setText(tr("%1 · encoding %2%3 · delimiter: %4 · %n column(s)", nullptr,
                               int(m_plan.headers.size()))
                                .arg(m_plan.format.isEmpty() ? tr("unknown format") : m_plan.format,
                                     QString::fromLatin1(m_plan.encoding.name),
                                     m_plan.encoding.guessed ? tr(" (guessed)") : QString(),
                                     delimiterName(m_plan.delimiter)));
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

bool ImportFilePage::validatePage()
{
    m_plan.fullExport = m_full->isChecked() && m_plan.isPeople();
    return m_ok;
}

void ImportFilePage::showLastImport()
{
    const QList<ImportHistoryEntry> history = importHistory(m_session.store());
    const ImportHistoryEntry *last = nullptr;
    for (const ImportHistoryEntry &e : history)
        if (!e.undone && e.undoable) {
            last = &e;
            break;
        }
    m_undo->setEnabled(last != nullptr);
    m_lastImport->setText(last ? tr("%1 from %2 at %3: %4 added, %5 changed, %6 left")
                                     .arg(last->what, last->file, last->at)
                                     .arg(last->added)
                                     .arg(last->updated)
                                     .arg(last->left)
                               : tr("nothing to undo"));
}

void ImportFilePage::undoLastImport()
{
    ImportHistoryEntry entry;
    QString problem;
    if (whoowns::undoLastImport(m_session.store(), &entry, &problem)) {
        m_session.reload();
        emit undone(tr("Undid the import of %1 (%2)").arg(entry.file, entry.what));
    } else {
        emit undone(tr("Could not undo: %1").arg(problem));
    }
    showLastImport();
}

} // namespace whoowns::ui
