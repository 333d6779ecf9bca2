using System.Buffers.Binary;
using System.Diagnostics;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>
/// A file made up on the fly: a real image header, then filler that is a pure function of (seed, position):
/// a fixed random 64 KB pattern, each block stamped with 8 bytes of its own. Nothing is held in memory,
/// and the same bytes can be produced again to hash them.
/// </summary>
internal sealed class GeneratedFile(ReadOnlyMemory<byte> header, long length, ulong seed, long bytesPerSecond = 0) : Stream
{
    public static readonly byte[] JpegHeader = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
    public static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private long _position;
    private long _startedAt;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set
        {
            _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
            _startedAt = 0;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
        for (var done = 0; done < n;)
        {
            var p = _position + done;
            var offset = (int)(p % BlockBytes);
            var chunk = Math.Min(n - done, BlockBytes - offset);
            var target = buffer.Slice(done, chunk);
            Pattern.AsSpan(offset, chunk).CopyTo(target);
            // The first 8 bytes of every block depend on the seed and the block's number, so no two files or blocks are alike.
            if (offset < 8) BlockStamp(p / BlockBytes).AsSpan(offset, Math.Min(8 - offset, chunk)).CopyTo(target);
            done += chunk;
        }
        for (var p = _position; p < Math.Min(_position + n, header.Length); p++) buffer[(int)(p - _position)] = header.Span[(int)p];
        _position += n;
        return n;
    }

    /// <summary>With a rate, bytes come no faster than a client's link would send them.</summary>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (bytesPerSecond <= 0) return Read(buffer.Span);
        if (_startedAt == 0) _startedAt = Stopwatch.GetTimestamp();
        var due = TimeSpan.FromSeconds((double)_position / bytesPerSecond) - Stopwatch.GetElapsedTime(_startedAt);
        if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken);
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private const int BlockBytes = 64 * 1024;
    private static readonly byte[] Pattern = MakePattern();

    private static byte[] MakePattern()
    {
        var pattern = new byte[BlockBytes];
        new Random(20261123).NextBytes(pattern);
        return pattern;
    }

    private byte[] BlockStamp(long block)
    {
        var stamp = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(stamp, Mix(seed, (ulong)block));
        return stamp;
    }

    /// <summary>SplitMix64: cheap, and any block's stamp can be produced without the ones before it.</summary>
    private static ulong Mix(ulong seed, ulong block)
    {
        var z = seed * 0x9E3779B97F4A7C15UL + block * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
