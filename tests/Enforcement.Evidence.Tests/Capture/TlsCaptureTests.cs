using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Enforcement.Evidence.Tests.Pages;
using Microsoft.AspNetCore.Builder;

namespace Enforcement.Evidence.Tests.Capture;

[Collection(ChromiumCollection.Name)]
public sealed class TlsCaptureTests(CaptureFixture fixture)
{
    [Fact]
    public async Task Tls_details_are_recorded_with_exact_dates()
    {
        using var certificate = SelfSigned();
        await using var site = new TestSite();
        await site.StartAsync(app => app.MapGet("/", () => TestSite.Html("<p>Trang bảo mật</p>")), certificate);
        fixture.Capturer.IgnoreHttpsErrors = true;   // the certificate is self-signed
        try
        {
            var page = await fixture.CaptureAsync("/", o => o.AllowedTargets = [$"127.0.0.1:{site.Port}"], baseUrl: site.BaseUrl);
            var tls = page.Metadata.Tls;

            Assert.NotNull(tls);
            Assert.StartsWith("TLS 1.", tls.Protocol, StringComparison.Ordinal);
            Assert.Equal("kiem-thu.enforcement.test", tls.Subject);
            Assert.Equal("kiem-thu.enforcement.test", tls.Issuer);
            Assert.Equal(new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), tls.ValidFrom);
            Assert.Equal(new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), tls.ValidTo);
            Assert.Null(tls.Sha256Fingerprint);   // Chromium does not hand the certificate over (Network.getCertificate answered empty here)
        }
        finally { fixture.Capturer.IgnoreHttpsErrors = false; }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=kiem-thu.enforcement.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var cert = request.CreateSelfSigned(new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero).AddDays(-1), now.AddDays(30).AddSeconds(-now.Second));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }
}
