#include "dialogs/ImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "models/ColumnTypeUi.h"
#include "models/TableModel.h"

namespace seg::ui {

using seg::data::ColumnType;
using seg::data::DecimalMark;
using seg::data::Encoding;
using seg::data::FileFormat;

namespace {

// The encoding combo offers one "UTF-16"; which byte order is the file's business, read from its BOM.
enum EncodingChoice { EncodingAuto, EncodingUtf8, EncodingUtf16, EncodingLatin1 };
enum HeaderChoice { HeaderAuto, HeaderNone, HeaderRow };

Encoding utf16For(const QString& path) {
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(2);
        if (head.size() == 2 && static_cast<unsigned char>(head[0]) == 0xFE &&
            static_cast<unsigned char>(head[1]) == 0xFF)
            return Encoding::Utf16BE;
    }
    return Encoding::Utf16LE;  // what Excel and Windows write
}

QString delimiterName(char delimiter) {
    switch (delimiter) {
        case ',':
            return ImportDialog::tr("comma");
        case ';':
            return ImportDialog::tr("semicolon");
        case '\t':
            return ImportDialog::tr("tab");
        case '|':
            return ImportDialog::tr("pipe");
        default:
            return QString(QLatin1Char(delimiter));
    }
}

QComboBox* makeCombo(const QString& objectName, const QString& tip) {
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setToolTip(tip);
    combo->setStatusTip(tip);
    combo->setWhatsThis(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

}  // namespace

ImportDialog::ImportDialog(const QString& path, FileFormat format, const seg::data::ImportOptions& options,
                           QWidget* parent)
    : QDialog(parent), m_path(path), m_format(format), m_initial(options) {
    m_job = new LoadJob(this);
    m_previewModel = new TableModel(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    // Long enough that scrolling through a spin box or combo reads the file once, short enough to feel live.
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &ImportDialog::refresh);
    connect(m_job, &LoadJob::succeeded, this, &ImportDialog::onPreviewReady);
    connect(m_job, &LoadJob::failed, this, [this](const QString& message) { onPreviewFailed(message); });

    buildUi();
    applyOptions(options);
    refresh();
}

ImportDialog::~ImportDialog() {
    QSettings().setValue(QStringLiteral("importDialog/geometry"), saveGeometry());
    m_job->cancelAndWait();
}

void ImportDialog::buildUi() {
    const QFileInfo info(m_path);
    setWindowTitle(tr("Import %1").arg(info.fileName()));
    setSizeGripEnabled(true);

    auto* fileLabel = new QLabel;
    fileLabel->setTextFormat(Qt::RichText);
    const QString kind = m_format == FileFormat::Xlsx ? tr("Excel workbook") : tr("Text spreadsheet (CSV)");
    fileLabel->setText(
        tr("<b>%1</b> &nbsp;&middot;&nbsp; %2, %3")
            .arg(info.fileName().toHtmlEscaped(), kind, QLocale().formattedDataSize(info.size())));
    fileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));

    // Reading options
    m_sheet = makeCombo(QStringLiteral("sheetCombo"),
                        tr("The worksheet to import. A workbook can hold several; SegmentLab imports one."));
    m_delimiter = makeCombo(QStringLiteral("delimiterCombo"),
                            tr("The character that separates the values on each line. Automatic looks at the "
                               "file and picks the most likely one."));
    m_delimiter->addItem(tr("Automatic"), 0);
    m_delimiter->addItem(tr("Comma  ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon  ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe  ( | )"), int('|'));

    m_encoding =
        makeCombo(QStringLiteral("encodingCombo"),
                  tr("How the letters in the file are stored. Automatic works for nearly every file; "
                     "pick another one if accented letters look wrong (like \"Ã©\" instead of \"é\")."));
    m_encoding->addItem(tr("Automatic"), EncodingAuto);
    m_encoding->addItem(tr("UTF-8"), EncodingUtf8);
    m_encoding->addItem(tr("UTF-16"), EncodingUtf16);
    m_encoding->addItem(tr("Latin-1 (Western European)"), EncodingLatin1);

    m_decimal = makeCombo(QStringLiteral("decimalCombo"),
                          tr("The mark between the whole and the fractional part of a number: 3.5 (dot) or "
                             "3,5 (comma, common in Europe). Automatic decides from the file."));
    m_decimal->addItem(tr("Automatic"), static_cast<int>(DecimalMark::Auto));
    m_decimal->addItem(tr("Dot  ( 3.5 )"), static_cast<int>(DecimalMark::Dot));
    m_decimal->addItem(tr("Comma  ( 3,5 )"), static_cast<int>(DecimalMark::Comma));

    const QString headerTip =
        tr("The row that holds the column names. Automatic finds it below any title rows; None means the "
           "file has no names and the columns are numbered.");
    m_headerMode = makeCombo(QStringLiteral("headerModeCombo"), headerTip);
    m_headerMode->addItem(tr("Automatic"), HeaderAuto);
    m_headerMode->addItem(tr("None"), HeaderNone);
    m_headerMode->addItem(tr("Row number:"), HeaderRow);
    m_headerRow = new QSpinBox;
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerRow->setRange(1, 100000);
    m_headerRow->setToolTip(
        tr("The row, counting from 1 at the top of the file, that holds the column names. "
           "Rows above it are skipped."));
    m_headerRow->setStatusTip(m_headerRow->toolTip());
    m_headerRow->setEnabled(false);
    auto* headerBox = new QWidget;
    auto* headerLayout = new QHBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_headerMode, 1);
    headerLayout->addWidget(m_headerRow);

    auto* optionsGroup = new QGroupBox(tr("Reading options"));
    m_form = new QFormLayout(optionsGroup);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Sheet:"), m_sheet);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("Decimal &mark:"), m_decimal);
    m_form->addRow(tr("&Header row:"), headerBox);
    const bool csv = m_format == FileFormat::Csv;
    m_form->setRowVisible(m_sheet, !csv);
    m_form->setRowVisible(m_delimiter, csv);
    m_form->setRowVisible(m_encoding, csv);
    m_form->setRowVisible(m_decimal, csv);

    // Column types
    auto* typesGroup = new QGroupBox(tr("Column &types"));
    m_columns = new QTableWidget(0, 2);
    m_columns->setObjectName(QStringLiteral("columnTypes"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setToolTip(
        tr("How each column will be used. SegmentLab guessed these from the values; change "
           "one if it guessed wrong, for example a postcode read as a number."));
    auto* typesHint = new QLabel(tr("Change a type if the guess is wrong."));
    typesHint->setWordWrap(true);
    typesHint->setForegroundRole(QPalette::PlaceholderText);
    auto* typesLayout = new QVBoxLayout(typesGroup);
    typesLayout->addWidget(typesHint);
    typesLayout->addWidget(m_columns, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(optionsGroup);
    leftLayout->addWidget(typesGroup, 1);

    // Preview
    auto* previewGroup = new QGroupBox(tr("Preview"));
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);  // how far a 200-row read is matters less than that it is happening
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_status->sizeHint().height());
    m_busy->setTextVisible(false);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    auto* previewLayout = new QVBoxLayout(previewGroup);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addLayout(statusRow);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(previewGroup);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    // Messages: an error stops the load, warnings do not.
    auto messageBox = [this](QStyle::StandardPixmap icon, QLabel*& text, const QString& objectName) {
        auto* box = new QWidget;
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* iconLabel = new QLabel;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
        iconLabel->setAlignment(Qt::AlignTop);
        text = new QLabel;
        text->setObjectName(objectName);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(iconLabel);
        layout->addWidget(text, 1);
        box->hide();
        return box;
    };
    m_errorBox = messageBox(QStyle::SP_MessageBoxCritical, m_errorText, QStringLiteral("errorText"));
    QPalette red = m_errorText->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorText->setPalette(red);
    m_warningBox = messageBox(QStyle::SP_MessageBoxWarning, m_warningText, QStringLiteral("warningText"));
    m_warningText->setTextFormat(Qt::RichText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* load = m_buttons->button(QDialogButtonBox::Ok);
    load->setText(tr("&Load"));
    load->setToolTip(tr("Read the whole file with these options."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_warningBox);
    layout->addWidget(m_buttons);

    for (QComboBox* combo : {m_sheet, m_delimiter, m_encoding, m_decimal})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::scheduleRefresh);
    connect(m_headerMode, &QComboBox::currentIndexChanged, this, [this] {
        m_headerRow->setEnabled(m_headerMode->currentData().toInt() == HeaderRow);
        scheduleRefresh();
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportDialog::scheduleRefresh);

    if (!restoreGeometry(QSettings().value(QStringLiteral("importDialog/geometry")).toByteArray()))
        resize(1040, 640);
    splitter->setSizes({340, 700});
}

void ImportDialog::applyOptions(const seg::data::ImportOptions& options) {
    const QSignalBlocker b1(m_delimiter), b2(m_encoding), b3(m_decimal), b4(m_headerMode), b5(m_headerRow);
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(int(options.csv.delimiter))));
    int encoding = EncodingAuto;
    switch (options.csv.encoding) {
        case Encoding::Auto:
            encoding = EncodingAuto;
            break;
        case Encoding::Utf8:
            encoding = EncodingUtf8;
            break;
        case Encoding::Utf16LE:
        case Encoding::Utf16BE:
            encoding = EncodingUtf16;
            break;
        case Encoding::Latin1:
            encoding = EncodingLatin1;
            break;
    }
    m_encoding->setCurrentIndex(m_encoding->findData(encoding));
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(static_cast<int>(options.csv.decimal))));
    const int header = m_format == FileFormat::Xlsx ? options.xlsx.headerRow : options.csv.headerRow;
    m_headerMode->setCurrentIndex(header < 0 ? HeaderAuto : header == 0 ? HeaderNone : HeaderRow);
    m_headerRow->setValue(qMax(1, header));
    m_headerRow->setEnabled(header > 0);
}

seg::data::ImportOptions ImportDialog::importOptions() const {
    seg::data::ImportOptions options = m_initial;
    options.csv.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    switch (m_encoding->currentData().toInt()) {
        case EncodingUtf8:
            options.csv.encoding = Encoding::Utf8;
            break;
        case EncodingUtf16:
            options.csv.encoding = utf16For(m_path);
            break;
        case EncodingLatin1:
            options.csv.encoding = Encoding::Latin1;
            break;
        default:
            options.csv.encoding = Encoding::Auto;
            break;
    }
    options.csv.decimal = static_cast<DecimalMark>(m_decimal->currentData().toInt());
    int header = -1;
    switch (m_headerMode->currentData().toInt()) {
        case HeaderNone:
            header = 0;
            break;
        case HeaderRow:
            header = m_headerRow->value();
            break;
        default:
            header = -1;
            break;
    }
    options.csv.headerRow = header;
    options.xlsx.headerRow = header;
    options.xlsx.sheet = m_sheetsListed ? m_sheet->currentData().toString().toStdString() : std::string();
    options.csv.maxRows = 0;
    options.xlsx.maxRows = 0;
    return options;
}

bool ImportDialog::isPreviewRunning() const {
    return m_job->isRunning() || m_refreshTimer->isActive();
}

void ImportDialog::scheduleRefresh() {
    m_status->setText(tr("Reading the file…"));
    m_busy->show();
    m_refreshTimer->start();
}

void ImportDialog::refresh() {
    m_refreshTimer->stop();
    LoadRequest request;
    request.path = m_path;
    request.options = importOptions();
    request.options.csv.maxRows = kPreviewRows;
    request.options.xlsx.maxRows = kPreviewRows;
    request.types = m_types;
    request.summarize = false;
    m_status->setText(tr("Reading the file…"));
    m_busy->show();
    m_job->start(std::move(request));
}

void ImportDialog::onPreviewReady(const std::shared_ptr<const LoadResult>& result) {
    m_error.clear();
    m_warnings.clear();
    for (const seg::Warning& warning : result->warnings) {
        // A preview is cut short on purpose; saying so as a warning would only alarm.
        if (warning.code == seg::WarningCode::RowsTruncated) continue;
        m_warnings << seg::warningText(warning);
    }

    if (m_format == FileFormat::Xlsx && !m_sheetsListed) {
        const QSignalBlocker blocker(m_sheet);
        for (const std::string& sheet : result->sheets) {
            const QString name = QString::fromStdString(sheet);
            m_sheet->addItem(name, name);
        }
        m_sheet->setCurrentIndex(qMax(0, m_sheet->findData(QString::fromStdString(result->sheet))));
        m_sheetsListed = true;
    }

    m_previewModel->setTable(result->table);
    m_inferred = result->inferredTypes;
    updateDetectedLabels(*result);
    updateColumnList(*result);

    // Size columns from the preview rows only, and cap them so one long text column cannot push the rest
    // away.
    m_preview->horizontalHeader()->setResizeContentsPrecision(static_cast<int>(kPreviewRows));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 260));

    const int rows = m_previewModel->rowCount();
    // Numbers-free or always-plural sentences: they read right even before a translation supplies plural
    // forms.
    m_status->setText(result->truncated
                          ? tr("Showing the first %1 rows. Loading reads the whole file.").arg(rows)
                          : tr("Showing the whole file."));
    m_busy->setVisible(isPreviewRunning());
    showMessages();
    emit previewUpdated();
}

void ImportDialog::onPreviewFailed(const QString& message) {
    m_error = message;
    if (m_format == FileFormat::Xlsx && !m_sheetsListed) {
        // The first sheet may be the unreadable one (a cover page, a chart): list the others so the user can
        // move on. Only the workbook index is read, which is quick enough for the GUI thread.
        try {
            const QSignalBlocker blocker(m_sheet);
            for (const std::string& sheet :
                 seg::data::listXlsxSheets(QFile::encodeName(m_path).toStdString())) {
                const QString name = QString::fromStdString(sheet);
                m_sheet->addItem(name, name);
            }
            m_sheetsListed = m_sheet->count() > 0;
        } catch (const seg::Error&) {
            // The workbook itself is broken; the message above already says so.
        }
    }
    m_warnings.clear();
    // A preview read with other options would mislead: show nothing rather than the wrong table.
    m_previewModel->setTable(nullptr);
    m_status->setText(tr("The file could not be read with these options."));
    m_busy->setVisible(isPreviewRunning());
    showMessages();
    emit previewUpdated();
}

void ImportDialog::updateDetectedLabels(const LoadResult& result) {
    // "Automatic (semicolon)" tells the user what automatic found without taking the choice away.
    if (m_format == FileFormat::Csv) {
        if (m_delimiter->currentIndex() == 0)
            m_delimiter->setItemText(0, tr("Automatic (%1)").arg(delimiterName(result.dialect.delimiter)));
        if (m_encoding->currentIndex() == 0)
            m_encoding->setItemText(
                0, tr("Automatic (%1)")
                       .arg(QString::fromLatin1(seg::data::encodingName(result.dialect.encoding))));
        if (m_decimal->currentIndex() == 0)
            m_decimal->setItemText(
                0, tr("Automatic (%1)").arg(result.dialect.number.decimal == ',' ? tr("comma") : tr("dot")));
    }
    if (m_headerMode->currentIndex() == HeaderAuto) {
        m_headerMode->setItemText(0, result.headerRow > 0 ? tr("Automatic (row %1)").arg(result.headerRow)
                                                          : tr("Automatic (none)"));
    }
}

void ImportDialog::updateColumnList(const LoadResult& result) {
    const seg::data::Table& table = *result.table;
    QStringList names;
    for (const auto& column : table.columns())
        names << QString::fromStdString(column.name());

    // Choices for columns that no longer exist (another header row or sheet) would only confuse
    // typeOverrides().
    for (auto it = m_types.begin(); it != m_types.end();) {
        if (names.contains(QString::fromStdString(it->first)))
            ++it;
        else
            it = m_types.erase(it);
    }

    const bool rebuild = names != m_columnNames;
    if (rebuild) {
        m_columnNames = names;
        m_columns->clearContents();
        m_columns->setRowCount(static_cast<int>(names.size()));
    }
    for (int row = 0; row < names.size(); ++row) {
        const ColumnType current = table.column(static_cast<std::size_t>(row)).type();
        const ColumnType inferred = result.inferredTypes[static_cast<std::size_t>(row)];
        QComboBox* combo = nullptr;
        if (rebuild) {
            auto* item = new QTableWidgetItem(names[row]);
            item->setToolTip(names[row]);
            m_columns->setItem(row, 0, item);
            combo = new QComboBox;
            combo->setObjectName(QStringLiteral("typeCombo:") + names[row]);
            combo->setToolTip(tr("How the column \"%1\" will be used.").arg(names[row]));
            for (ColumnType type : kAllColumnTypes) {
                combo->addItem(columnTypeIcon(type), columnTypeLabel(type), static_cast<int>(type));
                combo->setItemData(combo->count() - 1, columnTypeDescription(type), Qt::ToolTipRole);
            }
            m_columns->setCellWidget(row, 1, combo);
            const QString name = names[row];
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name] {
                onTypeChosen(name, static_cast<ColumnType>(combo->currentData().toInt()));
            });
        } else {
            combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
        }
        if (!combo) continue;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
        // Numbers have no calendar meaning; the core refuses that conversion, so the choice is not offered.
        if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
            QStandardItem* date = model->item(combo->findData(static_cast<int>(ColumnType::Date)));
            const bool allowed = inferred != ColumnType::Numeric;
            date->setEnabled(allowed);
            date->setToolTip(allowed
                                 ? columnTypeDescription(ColumnType::Date)
                                 : tr("Numbers cannot be read as dates. If this column holds dates, check "
                                      "the file: they may be written in a format SegmentLab does not know."));
        }
    }
}

void ImportDialog::onTypeChosen(const QString& column, ColumnType type) {
    const auto index = m_columnNames.indexOf(column);
    if (index < 0) return;
    const std::string name = column.toStdString();
    if (static_cast<std::size_t>(index) < m_inferred.size() &&
        m_inferred[static_cast<std::size_t>(index)] == type)
        m_types.erase(name);
    else
        m_types[name] = type;
    scheduleRefresh();
}

void ImportDialog::showMessages() {
    m_errorText->setText(m_error);
    m_errorBox->setVisible(!m_error.isEmpty());
    QString warnings;
    for (const QString& w : m_warnings)
        warnings += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
    m_warningText->setText(
        QStringLiteral("<ul style=\"margin-left:-20px; margin-top:0px\">%1</ul>").arg(warnings));
    m_warningBox->setVisible(!m_warnings.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty());
}

}  // namespace seg::ui
