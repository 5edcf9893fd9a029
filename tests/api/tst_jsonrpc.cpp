// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mailstore::api;

class TestJsonRpc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void invalidFrames_data();
    void invalidFrames();
    void validRequest();
    void notificationHasNoId();
    void batchKeepsEveryEntry();
    void responsesDecode();
    void encodedFramesAreOneLine();
    void coreErrorsMapToApiCodes();
};

void TestJsonRpc::invalidFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("garbage") << QByteArray("hello") << rpccode::ParseError << QJsonValue(QJsonValue::Null);
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","method":"a")") << rpccode::ParseError
                               << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty batch") << QByteArray("[]") << rpccode::InvalidRequest << QJsonValue(QJsonValue::Null);
    QTest::newRow("no version") << QByteArray(R"({"id":1,"method":"a"})") << rpccode::InvalidRequest << QJsonValue(1);
    QTest::newRow("wrong version") << QByteArray(R"({"jsonrpc":"1.0","id":"x","method":"a"})")
                                   << rpccode::InvalidRequest << QJsonValue(QStringLiteral("x"));
    QTest::newRow("method not string") << QByteArray(R"({"jsonrpc":"2.0","id":2,"method":5})")
                                       << rpccode::InvalidRequest << QJsonValue(2);
    QTest::newRow("params scalar") << QByteArray(R"({"jsonrpc":"2.0","id":3,"method":"a","params":7})")
                                   << rpccode::InvalidRequest << QJsonValue(3);
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"a"})")
                               << rpccode::InvalidRequest << QJsonValue(QJsonValue::Null);
}

void TestJsonRpc::invalidFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, code);
    QFETCH(QJsonValue, id);
    const auto decoded = decodeRequestFrame(frame);
    QCOMPARE(decoded.entries.size(), size_t(1));
    const auto *bad = std::get_if<InvalidEntry>(&decoded.entries.front());
    QVERIFY(bad);
    QCOMPARE(bad->error.code, code);
    QCOMPARE(bad->id, id);
    QVERIFY(!bad->error.message.isEmpty());
}

void TestJsonRpc::validRequest()
{
    const auto decoded = decodeRequestFrame(R"({"jsonrpc":"2.0","id":"r1","method":"accounts.list","params":{"limit":5}})");
    QVERIFY(!decoded.batch);
    const auto *r = std::get_if<Request>(&decoded.entries.front());
    QVERIFY(r);
    QCOMPARE(r->method, QStringLiteral("accounts.list"));
    QCOMPARE(r->id, QJsonValue(QStringLiteral("r1")));
    QCOMPARE(r->params.toObject().value(QStringLiteral("limit")).toInt(), 5);
    QVERIFY(!r->isNotification());
}

void TestJsonRpc::notificationHasNoId()
{
    const auto decoded = decodeRequestFrame(R"({"jsonrpc":"2.0","method":"x"})");
    const auto *r = std::get_if<Request>(&decoded.entries.front());
    QVERIFY(r);
    QVERIFY(r->isNotification());
}

void TestJsonRpc::batchKeepsEveryEntry()
{
    const auto decoded = decodeRequestFrame(R"([{"jsonrpc":"2.0","id":1,"method":"a"},5,{"jsonrpc":"2.0","method":"n"}])");
    QVERIFY(decoded.batch);
    QCOMPARE(decoded.entries.size(), size_t(3));
    QVERIFY(std::holds_alternative<Request>(decoded.entries[0]));
    QCOMPARE(std::get<InvalidEntry>(decoded.entries[1]).error.code, rpccode::InvalidRequest);
    QVERIFY(std::get<Request>(decoded.entries[2]).isNotification());
}

void TestJsonRpc::responsesDecode()
{
    auto ok = decodeResponse(resultObject(7, QJsonObject{{QStringLiteral("a"), 1}}));
    QVERIFY(ok && !ok->error);
    QCOMPARE(ok->id, QJsonValue(7));
    QCOMPARE(ok->result.toObject().value(QStringLiteral("a")).toInt(), 1);

    auto err = decodeResponse(errorObject(8, RpcError{rpccode::NotFound, QStringLiteral("gone"),
                                                       QJsonObject{{QStringLiteral("account"), QStringLiteral("x")}}}));
    QVERIFY(err && err->error);
    QCOMPARE(err->error->code, rpccode::NotFound);
    QCOMPARE(err->error->data.toObject().value(QStringLiteral("account")).toString(), QStringLiteral("x"));

    // A server notification, or an object with both result and error, is not a response.
    QVERIFY(!decodeResponse(requestObject(QJsonValue(QJsonValue::Undefined), QStringLiteral("job.progress"), {})));
    QJsonObject both = resultObject(1, 1);
    both.insert(QStringLiteral("error"), QJsonObject());
    QVERIFY(!decodeResponse(both));
}

void TestJsonRpc::encodedFramesAreOneLine()
{
    const QByteArray line = encode(resultObject(1, QJsonObject{{QStringLiteral("s"), QStringLiteral("a\nb\r\nc")}}));
    QVERIFY(!line.contains('\n'));
    QVERIFY(!line.contains('\r'));
    QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("result")).toObject()
                 .value(QStringLiteral("s")).toString(),
             QStringLiteral("a\nb\r\nc"));
}

void TestJsonRpc::coreErrorsMapToApiCodes()
{
    using mailstore::core::Error;
    using mailstore::core::ErrorCode;
    QCOMPARE(rpcErrorFromCore(Error{ErrorCode::NotFound, "x", "/p"}).code, rpccode::NotFound);
    QCOMPARE(rpcErrorFromCore(Error{ErrorCode::PermissionDenied, "x", {}}).code, rpccode::PermissionDenied);
    QCOMPARE(rpcErrorFromCore(Error{ErrorCode::Corrupted, "x", {}}).code, rpccode::Corrupted);
    const auto e = rpcErrorFromCore(Error{ErrorCode::Io, "read failed", "/srv/mail/x"});
    QCOMPARE(e.code, rpccode::Io);
    QCOMPARE(e.data.toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/srv/mail/x"));
    QCOMPARE(e.data.toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("io"));
}

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
