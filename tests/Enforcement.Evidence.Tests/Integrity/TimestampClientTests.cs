using System.Security.Cryptography;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Tests.Integrity;

public sealed class TimestampClientTests : IAsyncLifetime
{
    private static readonly byte[] Data = "manifest bytes"u8.ToArray();

    private LoopbackTsa tsa = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        tsa = await LoopbackTsa.StartAsync();
        http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await tsa.DisposeAsync();
    }

    [Fact]
    public void Request_carries_the_SHA256_of_the_data_a_fresh_nonce_and_asks_for_the_certificate()
    {
        var first = TimestampClient.BuildRequest(Data);
        var second = TimestampClient.BuildRequest(Data);

        Assert.Equal("2.16.840.1.101.3.4.2.1", first.HashAlgorithmId.Value);
        Assert.Equal(SHA256.HashData(Data), first.GetMessageHash().ToArray());
        Assert.True(first.RequestSignerCertificate);
        Assert.InRange(first.GetNonce()!.Value.Length, 14, 17);   // 128 random bits as a positive INTEGER (minimal, maybe a 0x00 sign byte)
        Assert.NotEqual(first.GetNonce()!.Value.ToArray(), second.GetNonce()!.Value.ToArray());
    }

    [Fact]
    public async Task A_good_reply_is_accepted_and_the_token_verifies_only_for_the_same_data()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var token = await new TimestampClient(http).StampAsync(tsa.Url, Data, CancellationToken.None);

        Assert.True(TimestampClient.Verify(token, Data, out var at));
        Assert.InRange(at, before, DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.False(TimestampClient.Verify(token, "other bytes"u8, out _));
        Assert.False(TimestampClient.Verify("garbage"u8, Data, out _));
    }

    [Fact]
    public async Task A_reply_for_other_data_is_refused()
    {
        tsa.Tamper = x => (x.Nonce, SHA256.HashData("something else"u8));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => new TimestampClient(http).StampAsync(tsa.Url, Data, CancellationToken.None));
    }

    [Fact]
    public async Task A_reply_with_the_wrong_nonce_is_refused()
    {
        tsa.Tamper = x => (RandomNumberGenerator.GetBytes(16), x.Hash);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => new TimestampClient(http).StampAsync(tsa.Url, Data, CancellationToken.None));
    }
}
