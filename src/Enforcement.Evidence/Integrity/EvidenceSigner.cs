using System.Security.Cryptography;

namespace Enforcement.Evidence.Integrity;

/// <summary>
/// The deployment's ECDSA P-256 key, kept in a PEM file outside the database so that a database dump
/// alone cannot forge evidence. Created on first run with mode 0600 in a 0700 directory.
/// </summary>
public sealed class EvidenceSigner
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerOnlyFile | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly ECDsa key;

    private EvidenceSigner(ECDsa key)
    {
        this.key = key;
        var spki = key.ExportSubjectPublicKeyInfo();
        PublicKeyPem = PemEncoding.WriteString("PUBLIC KEY", spki) + "\n";
        Fingerprint = FingerprintOf(spki);
    }

    /// <summary>SubjectPublicKeyInfo PEM.</summary>
    public string PublicKeyPem { get; }

    /// <summary>SHA-256 of the DER SubjectPublicKeyInfo, upper-case hex pairs joined by colons.</summary>
    public string Fingerprint { get; }

    public static EvidenceSigner LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOther) != 0)
        {
            throw new InvalidOperationException(
                $"The evidence signing key {path} is accessible to group or others (mode {Octal(File.GetUnixFileMode(path))}); " +
                $"refusing to use it. Restrict it with: chmod 600 {path}");
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(File.ReadAllText(path));
            if (ecdsa.KeySize != 256 || ecdsa.ExportParameters(includePrivateParameters: true).D is null)
            {
                throw new CryptographicException();
            }
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            ecdsa.Dispose();
            throw new InvalidOperationException($"The evidence signing key {path} is not an ECDSA P-256 private key in PEM.", e);
        }

        return new EvidenceSigner(ecdsa);
    }

    /// <summary>ECDSA P-256 over SHA-256, DER (RFC 3279) encoded, as <c>openssl dgst -verify</c> expects.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) =>
        key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static bool Verify(string publicKeyPem, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(publicKeyPem);
            return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return false;   // a key that does not parse verifies nothing
        }
    }

    /// <summary>The WACZ signing spec uses WebCrypto's format: r||s (IEEE P1363), not DER.</summary>
    internal byte[] SignIeeeP1363(ReadOnlySpan<byte> data) =>
        key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    internal byte[] SubjectPublicKeyInfo() => key.ExportSubjectPublicKeyInfo();

    internal static string FingerprintOf(ReadOnlySpan<byte> spki) => string.Join(':', SHA256.HashData(spki).Select(b => b.ToString("X2")));

    internal static string? FingerprintOfPem(string publicKeyPem)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(publicKeyPem);
            return FingerprintOf(ecdsa.ExportSubjectPublicKeyInfo());
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    private static void TryCreate(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, OwnerOnlyDirectory);
            }
        }

        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportPkcs8PrivateKeyPem() + "\n";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = OwnerOnlyFile;   // born 0600: never readable by others, not even briefly
        }

        try
        {
            using var file = new StreamWriter(new FileStream(path, create));
            file.Write(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first; load theirs.
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
