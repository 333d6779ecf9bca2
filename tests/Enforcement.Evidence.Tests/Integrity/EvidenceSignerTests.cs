using System.Security.Cryptography;
using System.Text;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Tests.Integrity;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EvidenceSignerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void First_run_creates_an_owner_only_key_in_an_owner_only_directory()
    {
        var path = temp.Combine("keys", "signing.pem");

        var signer = EvidenceSigner.LoadOrCreate(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(temp.Combine("keys")));
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", signer.PublicKeyPem, StringComparison.Ordinal);
        Assert.Matches("^([0-9A-F]{2}:){31}[0-9A-F]{2}$", signer.Fingerprint);
    }

    [Fact]
    public void Loading_again_gives_the_same_key()
    {
        var path = temp.Combine("keys", "signing.pem");
        var first = EvidenceSigner.LoadOrCreate(path);
        var second = EvidenceSigner.LoadOrCreate(path);

        Assert.Equal(first.PublicKeyPem, second.PublicKeyPem);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        var signature = first.Sign("x"u8);
        Assert.True(EvidenceSigner.Verify(second.PublicKeyPem, "x"u8, signature));
    }

    [Fact]
    public void A_key_file_readable_by_group_or_others_is_refused_with_a_clear_message()
    {
        var path = temp.Combine("keys", "signing.pem");
        EvidenceSigner.LoadOrCreate(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<InvalidOperationException>(() => EvidenceSigner.LoadOrCreate(path));

        Assert.Contains("0644", error.Message, StringComparison.Ordinal);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_key_or_another_curve_in_the_key_file_is_refused()
    {
        var path = temp.Combine("keys", "signing.pem");
        var signer = EvidenceSigner.LoadOrCreate(path);
        File.WriteAllText(path, signer.PublicKeyPem);
        Assert.Contains("not an ECDSA P-256 private key", Assert.Throws<InvalidOperationException>(() => EvidenceSigner.LoadOrCreate(path)).Message, StringComparison.Ordinal);

        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        File.WriteAllText(path, p384.ExportPkcs8PrivateKeyPem());
        Assert.Throws<InvalidOperationException>(() => EvidenceSigner.LoadOrCreate(path));
    }

    [Fact]
    public void Signature_is_DER_and_verifies_while_tampered_data_does_not()
    {
        var signer = EvidenceSigner.LoadOrCreate(temp.Combine("k.pem"));
        var data = Encoding.UTF8.GetBytes("{\"evidenceId\":\"abc\"}");

        var signature = signer.Sign(data);

        Assert.Equal(0x30, signature[0]);   // a DER SEQUENCE, not raw r||s
        Assert.True(EvidenceSigner.Verify(signer.PublicKeyPem, data, signature));
        data[5] ^= 1;
        Assert.False(EvidenceSigner.Verify(signer.PublicKeyPem, data, signature));
        Assert.False(EvidenceSigner.Verify("not a key", data, signature));
    }

    [Fact]
    public void A_signature_from_another_key_does_not_verify()
    {
        var signer = EvidenceSigner.LoadOrCreate(temp.Combine("a.pem"));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = other.SignData("data"u8, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        Assert.False(EvidenceSigner.Verify(signer.PublicKeyPem, "data"u8, forged));
    }

    public void Dispose() => temp.Dispose();
}
