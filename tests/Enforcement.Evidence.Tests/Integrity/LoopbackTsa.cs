using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Evidence.Tests.Integrity;

/// <summary>
/// A real RFC 3161 time-stamping authority on 127.0.0.1: a self-signed certificate with the timeStamping EKU,
/// Kestrel answering application/timestamp-reply. <see cref="Tamper"/> lets a test make it lie.
/// </summary>
internal sealed class LoopbackTsa : IAsyncDisposable
{
    private const string TstInfoContentType = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
    private const string TimeStamping = "1.3.6.1.5.5.7.3.8";

    private readonly WebApplication app;

    private LoopbackTsa(WebApplication app, X509Certificate2 certificate) => (this.app, Certificate) = (app, certificate);

    public X509Certificate2 Certificate { get; }

    public Uri Url { get; private set; } = null!;

    /// <summary>Changes (nonce, message hash) before signing; identity by default.</summary>
    public Func<(byte[]? Nonce, byte[] Hash), (byte[]? Nonce, byte[] Hash)> Tamper { get; set; } = x => x;

    public static async Task<LoopbackTsa> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var tsa = new LoopbackTsa(app, certificate);
        app.MapPost("/tsa", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            return Results.Bytes(tsa.Reply(body.ToArray()), "application/timestamp-reply");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        tsa.Url = new Uri(address + "/tsa");
        return tsa;
    }

    private byte[] Reply(byte[] query)
    {
        if (!Rfc3161TimestampRequest.TryDecode(query, out var request, out _))
        {
            throw new BadHttpRequestException("not a timestamp query", (int)HttpStatusCode.BadRequest);
        }

        var (nonce, hash) = Tamper((request.GetNonce()?.ToArray(), request.GetMessageHash().ToArray()));
        var info = new Rfc3161TimestampTokenInfo(new Oid("1.3.6.1.4.1.99999.1"), request.HashAlgorithmId, hash,
            RandomNumberGenerator.GetBytes(8), DateTimeOffset.UtcNow, nonce: nonce);
        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoContentType), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
        {
            IncludeOption = X509IncludeOption.EndCertOnly,
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, EssCertIdV2(Certificate)));
        cms.ComputeSignature(signer);

        // TimeStampResp ::= SEQUENCE { status PKIStatusInfo { status 0 = granted }, timeStampToken ContentInfo }
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0);
            }

            writer.WriteEncodedValue(cms.Encode());
        }

        return writer.Encode();
    }

    /// <summary>SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash (SHA-256 by default) } } — RFC 5816.</summary>
    private static byte[] EssCertIdV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Enforcement test TSA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TimeStamping)], critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
