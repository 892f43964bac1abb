#include "importwizard/mappingpage.h"

#include "importers/columnmapping.h"
#include "importwizard/importplan.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace whoowns::ui {

namespace {

const QString kIgnore = QStringLiteral("ignore");

QStringList fieldChoices()
{
    QStringList out{kIgnore};
    for (int f = 0; f < kImportFieldCount; ++f)
        out.append(importFieldName(ImportField(f)));
    return out;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportPlan &plan, QWidget *parent)
    : QWizardPage(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file feeds one field. The preview shows the first rows "
                   "as they will be read."));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_columns = new QTableWidget(0, 2, this);
    m_columns->setObjectName(QStringLiteral("columnMapping"));
    m_columns->setAccessibleName(tr("Column mapping"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    layout->addWidget(m_columns, 1);
    auto *previewLabel = new QLabel(tr("&Preview"), this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setAccessibleName(tr("Preview of the mapped rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
}

void ImportMappingPage::initializePage()
{
    m_columns->clearContents();
    m_columns->setRowCount(int(m_plan.headers.size()));
    const bool people = m_plan.isPeople();
    m_note->setText(people ? tr("Detected from the header; change any column that is wrong.")
                           : tr("Teams and responsibilities files use the canonical columns; "
                                "they are shown for checking."));
    const ColumnMapping detected = ColumnMapping::detect(m_plan.headers);
    const QStringList choices = fieldChoices();
    for (int col = 0; col < m_plan.headers.size(); ++col) {
        auto *name = new QTableWidgetItem(m_plan.headers.at(col));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_columns->setItem(col, 0, name);
        if (!people)
            continue;
        auto *combo = new QComboBox(m_columns);
        combo->addItems(choices);
        combo->setAccessibleName(tr("Field for column %1").arg(m_plan.headers.at(col)));
        for (int f = 0; f < kImportFieldCount; ++f)
            if (detected.sources(ImportField(f)).contains(col))
                combo->setCurrentText(importFieldName(ImportField(f)));
        connect(combo, &QComboBox::currentTextChanged, this, &ImportMappingPage::updatePreview);
        m_columns->setCellWidget(col, 1, combo);
    }
    updatePreview();
}

QString ImportMappingPage::fieldFor(const QString &header) const
{
    const int row = int(m_plan.headers.indexOf(header));
    auto *combo = row >= 0 ? qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1)) : nullptr;
    return combo ? combo->currentText() : kIgnore;
}

void ImportMappingPage::setFieldFor(const QString &header, const QString &field)
{
    const int row = int(m_plan.headers.indexOf(header));
    if (auto *combo = row >= 0 ? qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1)) : nullptr)
        combo->setCurrentText(field);
}

QStringList ImportMappingPage::currentEntries() const
{
    QStringList entries;
    for (const QString &h : m_plan.headers)
        entries.append(h + QLatin1Char('=') + fieldFor(h));
    return entries;
}

void ImportMappingPage::updatePreview()
{
    m_preview->clear();
    if (!m_plan.isPeople()) {
        m_preview->setColumnCount(int(m_plan.headers.size()));
        m_preview->setHorizontalHeaderLabels(m_plan.headers);
        m_preview->setRowCount(int(m_plan.sample.size()));
        for (int r = 0; r < m_plan.sample.size(); ++r)
            for (int c = 0; c < m_plan.sample.at(r).size() && c < m_plan.headers.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(m_plan.sample.at(r).at(c)));
        return;
    }
    ColumnMapping mapping = ColumnMapping::detect(m_plan.headers);
    for (const QString &entry : currentEntries()) {
        QString problem;
        mapping.override(entry, &problem);
    }
    QList<ImportField> shown;
    QStringList labels;
    for (int f = 0; f < kImportFieldCount; ++f)
        if (mapping.has(ImportField(f))) {
            shown.append(ImportField(f));
            labels.append(importFieldName(ImportField(f)));
        }
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(m_plan.sample.size()));
    for (int r = 0; r < m_plan.sample.size(); ++r)
        for (int c = 0; c < shown.size(); ++c)
            m_preview->setItem(
                r, c, new QTableWidgetItem(mapping.value(m_plan.sample.at(r), shown.at(c))));
    m_preview->resizeColumnsToContents();
}

bool ImportMappingPage::validatePage()
{
    m_plan.mappings = m_plan.isPeople() ? currentEntries() : QStringList();
    return true;
}

} // namespace whoowns::ui
