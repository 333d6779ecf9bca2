using System.Buffers;
using System.Security.Cryptography;

namespace Enforcement.Evidence.Integrity;

/// <summary>Streams bytes once, hashing (and optionally copying) them; nothing is held in memory.</summary>
internal static class HashingCopy
{
    public static async Task<(string Sha256, long Size)> CopyAsync(Stream source, Stream? destination, IncrementalHash sha, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(), ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                if (destination is not null)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                size += read;
            }

            return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static async Task<(string Sha256, long Size)> HashAsync(Stream source, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        return await CopyAsync(source, null, sha, ct);
    }
}
