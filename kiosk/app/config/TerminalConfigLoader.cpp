#include "kiosk/app/config/TerminalConfigLoader.h"

#include "kiosk/app/config/IniDocument.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace kiosk::app {

namespace {

// Applies one value; returns what was expected when the value is unacceptable.
using Apply = std::function<std::optional<QString>(const QString &value, TerminalConfig &)>;

struct KeySpec
{
    QString section;
    QString key;
    Apply apply;
};

Apply integerIn(int min, int max, int TerminalConfig::Session::*field)
{
    return [=](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < min || number > max)
            return QStringLiteral("应为 %1–%2 之间的整数").arg(min).arg(max);
        config.session.*field = number;
        return std::nullopt;
    };
}

Apply boolean(std::function<bool &(TerminalConfig &)> field)
{
    return [=](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        const QString v = value.toLower();
        if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
            field(config) = true;
        else if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
            field(config) = false;
        else
            return QStringLiteral("应为 true 或 false");
        return std::nullopt;
    };
}

template <typename E>
Apply oneOf(std::vector<std::pair<QString, E>> choices, std::function<E &(TerminalConfig &)> field)
{
    return [=](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        QStringList names;
        for (const auto &[name, choice] : choices) {
            if (value == name) {
                field(config) = choice;
                return std::nullopt;
            }
            names << name;
        }
        return QStringLiteral("应为 %1 之一").arg(names.join(QStringLiteral(" | ")));
    };
}

// Free text without control characters; `pattern` narrows it further when given.
Apply text(std::function<QString &(TerminalConfig &)> field, QString expectation = {}, QString pattern = {})
{
    return [=](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
        if (value.contains(control) || value.size() > 1024)
            return expectation.isEmpty() ? QStringLiteral("应为不含控制字符的文本（不超过 1024 个字符）")
                                         : expectation;
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(value).hasMatch())
            return expectation;
        field(config) = value;
        return std::nullopt;
    };
}

Apply url(QStringList schemes, std::function<void(TerminalConfig &, const QUrl &)> store,
          bool allowEmpty = false)
{
    return [=](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        if (allowEmpty && value.isEmpty()) {
            store(config, QUrl());
            return std::nullopt;
        }
        const QUrl parsed(value, QUrl::StrictMode);
        if (!parsed.isValid() || !schemes.contains(parsed.scheme()) || parsed.host().isEmpty())
            return QStringLiteral("应为 %1 地址")
                .arg(schemes.join(QStringLiteral(" 或 ")) + QStringLiteral("://"));
        store(config, parsed);
        return std::nullopt;
    };
}

Apply attributeList()
{
    return [](const QString &value, TerminalConfig &config) -> std::optional<QString> {
        static const QRegularExpression item(QStringLiteral("^([A-Za-z]+|[0-9]+(\\.[0-9]+)+)$"));
        QStringList attributes;
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString attribute = part.trimmed();
            if (!item.match(attribute).hasMatch())
                return QStringLiteral("应为以逗号分隔的证书主题属性名或 OID（如 2.5.4.97, OU, O, CN）");
            attributes << attribute;
        }
        config.ukey.subjectAttributes = attributes;
        return std::nullopt;
    };
}

const std::vector<KeySpec> &keySpecs()
{
    using C = TerminalConfig;
    static const std::vector<KeySpec> specs = {
        {"terminal", "id",
         text([](C &c) -> QString & { return c.terminal.id; },
              QStringLiteral("应为 1–64 位字母、数字、“-”或“_”"), QStringLiteral("^[A-Za-z0-9_-]{1,64}$"))},
        {"terminal", "mode",
         oneOf<C::Mode>({{"counter", C::Mode::Counter}, {"lobby", C::Mode::Lobby}},
                        [](C &c) -> C::Mode & { return c.terminal.mode; })},
        {"gateway", "url", url({"https", "http"}, [](C &c, const QUrl &u) { c.gateway.url = u; })},
        {"gateway", "ca_file", text([](C &c) -> QString & { return c.gateway.caFile; })},
        {"gateway", "client_cert", text([](C &c) -> QString & { return c.gateway.clientCert; })},
        {"gateway", "client_key", text([](C &c) -> QString & { return c.gateway.clientKey; })},
        {"session", "idle_timeout", integerIn(30, 3600, &C::Session::idleTimeoutSeconds)},
        {"session", "countdown", integerIn(5, 120, &C::Session::countdownSeconds)},
        {"privacy", "mask_ids", boolean([](C &c) -> bool & { return c.privacy.maskIds; })},
        {"privacy", "purge_images_after_ack",
         boolean([](C &c) -> bool & { return c.privacy.purgeImagesAfterAck; })},
        {"ukey", "backend",
         oneOf<C::UKeyBackend>({{"pkcs11", C::UKeyBackend::Pkcs11}, {"softhsm", C::UKeyBackend::SoftHsm}},
                               [](C &c) -> C::UKeyBackend & { return c.ukey.backend; })},
        {"ukey", "module", text([](C &c) -> QString & { return c.ukey.modulePath; })},
        {"ukey", "token_label", text([](C &c) -> QString & { return c.ukey.tokenLabel; })},
        {"ukey", "subject_attributes", attributeList()},
        {"camera", "backend",
         oneOf<C::CameraBackend>({{"opencv", C::CameraBackend::OpenCv}, {"images", C::CameraBackend::Images}},
                                 [](C &c) -> C::CameraBackend & { return c.camera.backend; })},
        {"camera", "device", text([](C &c) -> QString & { return c.camera.device; })},
        {"camera", "path", text([](C &c) -> QString & { return c.camera.path; })},
        {"printer", "backend",
         oneOf<C::PrinterBackend>({{"cups", C::PrinterBackend::Cups}, {"ipp", C::PrinterBackend::Ipp}},
                                  [](C &c) -> C::PrinterBackend & { return c.printer.backend; })},
        {"printer", "queue", text([](C &c) -> QString & { return c.printer.queue; })},
        {"printer", "uri",
         url(
             {"ipp", "ipps"}, [](C &c, const QUrl &u) { c.printer.uri = u.toString(); }, true)},
        {"ui", "locale",
         text([](C &c) -> QString & { return c.ui.locale; }, QStringLiteral("应为 zh_CN 或 en_US"),
              QStringLiteral("^(zh_CN|en_US)$"))},
        {"ui", "large_text", boolean([](C &c) -> bool & { return c.ui.largeText; })},
    };
    return specs;
}

Error error(const char *code, const QString &message)
{
    return Error{code, (QStringLiteral("配置错误：") + message).toStdString()};
}

// Rules that span keys, checked after every key has been read.
std::optional<Error> checkConsistency(const TerminalConfig &config)
{
    if (config.session.countdownSeconds >= config.session.idleTimeoutSeconds)
        return error("config.inconsistent",
                     QStringLiteral("[session] countdown（%1 秒）应小于 idle_timeout（%2 秒）")
                         .arg(config.session.countdownSeconds)
                         .arg(config.session.idleTimeoutSeconds));
    if (config.camera.backend == TerminalConfig::CameraBackend::Images && config.camera.path.isEmpty())
        return error("config.inconsistent", QStringLiteral("[camera] backend = images 时必须设置 path"));
    if (config.printer.backend == TerminalConfig::PrinterBackend::Ipp && config.printer.uri.isEmpty())
        return error("config.inconsistent", QStringLiteral("[printer] backend = ipp 时必须设置 uri"));
    return std::nullopt;
}

} // namespace

Result<TerminalConfig> TerminalConfigLoader::fromText(const QString &text)
{
    Result<IniDocument> document = IniDocument::parse(text);
    if (!document.ok())
        return document.error();

    const std::vector<KeySpec> &specs = keySpecs();
    for (const QString &section : document.value().sections()) {
        const bool known = std::any_of(specs.begin(), specs.end(),
                                       [&](const KeySpec &spec) { return spec.section == section; });
        if (!known)
            return error("config.unknown_section", QStringLiteral("未知的节 [%1]").arg(section));
    }

    TerminalConfig config;
    for (const IniDocument::Entry &entry : document.value().entries()) {
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const KeySpec &s) {
            return s.section == entry.section && s.key == entry.key;
        });
        if (spec == specs.end())
            return error("config.unknown_key", QStringLiteral("[%1] 中未知的键 %2（第 %3 行）")
                                                   .arg(entry.section, entry.key)
                                                   .arg(entry.line));
        if (const std::optional<QString> expected = spec->apply(entry.value, config))
            return error("config.invalid_value", QStringLiteral("[%1] %2 %3，实际为 \"%4\"")
                                                     .arg(entry.section, entry.key, *expected, entry.value));
    }
    if (std::optional<Error> inconsistency = checkConsistency(config))
        return *inconsistency;
    return config;
}

Result<TerminalConfig> TerminalConfigLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return error("config.unreadable",
                     QStringLiteral("无法读取配置文件 %1（%2）").arg(path, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) // Windows editors write a byte-order mark
        text.remove(0, 1);
    return fromText(text);
}

Result<TerminalConfig> TerminalConfigLoader::loadForStartup(const QString &explicitPath, QString &source)
{
    source = explicitPath.isEmpty() ? QString::fromLatin1(defaultPath) : explicitPath;
    if (explicitPath.isEmpty() && !QFile::exists(source)) {
        source = QStringLiteral("built-in defaults");
        return TerminalConfig{};
    }
    return fromFile(source);
}

} // namespace kiosk::app
