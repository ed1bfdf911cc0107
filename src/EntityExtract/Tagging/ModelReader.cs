using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Tagging;

/// <summary>
/// Reads <see cref="ModelFormat"/>. Every failure (empty, truncated, wrong magic, newer version,
/// damaged compression, checksum mismatch, inconsistent tables) becomes a
/// <see cref="ModelFormatException"/> with a message a user can act on.
/// </summary>
internal static unsafe partial class ModelReader
{
    public static EntityTagger Read(Stream input) => Read(input, allowArchive: true);

    /// <param name="allowArchive">Whether a zip archive holding the model (<see cref="ModelArchive"/>) is read too.</param>
    public static EntityTagger Read(Stream input, bool allowArchive)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<byte> buffer = stackalloc byte[ModelFormat.HeaderLength];
        var read = input.ReadAtLeast(buffer[..12], 12, throwOnEndOfStream: false);
        if (allowArchive && ModelArchive.IsArchive(buffer[..read]))
        {
            return ModelArchive.Read(Rewound(input, buffer[..read]));
        }

        var length = HeaderLength(buffer[..read]);
        if (input.ReadAtLeast(buffer[12..length], length - 12, throwOnEndOfStream: false) < length - 12)
        {
            ThrowFormat("The model file is truncated (its header is incomplete).");
        }

        var header = ParseHeader(buffer[..length]);

        // A version 3 payload is read in place, so it goes to memory that never moves.
        var payload = GC.AllocateUninitializedArray<byte>((int)header.PayloadLength, pinned: header.Version >= ModelFormat.ImageVersion);
        if (header.Storage == ModelStorage.Raw)
        {
            if (input.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) < payload.Length)
            {
                ThrowFormat("The model file is truncated.");
            }
        }
        else
        {
            var compressed = new byte[header.StoredLength];
            if (input.ReadAtLeast(compressed, compressed.Length, throwOnEndOfStream: false) < compressed.Length)
            {
                ThrowFormat("The model file is truncated.");
            }

            if (!BrotliDecoder.TryDecompress(compressed, payload, out var written) || written != payload.Length)
            {
                ThrowFormat("The model file is corrupt (its compressed data cannot be decoded).");
            }
        }

        if (ModelFormat.Checksum(payload) != header.Checksum)
        {
            ThrowFormat("The model file is corrupt (checksum mismatch).");
        }

        return Guarded(() =>
        {
            if (header.Version < ModelFormat.ImageVersion)
            {
                return ParsePayload(payload, header.Version);
            }

            fixed (byte* start = payload)
            {
                return ParseImage(start, payload.Length, payload, trusted: false);
            }
        });
    }

    /// <summary>
    /// Reads a model resource of the assembly: in place where the runtime hands out the memory it
    /// is mapped to (as it does for resources of an assembly or executable on disk), else as a stream.
    /// </summary>
    public static EntityTagger ReadEmbedded(Stream resource) =>
        resource is UnmanagedMemoryStream mapped
            ? ReadInPlace(mapped.PositionPointer, mapped.Length - mapped.Position)
            : Read(resource);

    /// <summary>
    /// Reads a model file that lies in memory which never moves and lives as long as the process
    /// (the model embedded in the executable), using a raw version 3 payload in place. Its checksum
    /// and tables are not checked again: the build embeds the file the tests check.
    /// </summary>
    public static EntityTagger ReadInPlace(byte* start, long length)
    {
        var available = (int)Math.Min(length, ModelFormat.HeaderLength);
        var headerLength = HeaderLength(new ReadOnlySpan<byte>(start, available));
        var header = ParseHeader(new ReadOnlySpan<byte>(start, Math.Min(available, headerLength)));
        var payload = start + headerLength;
        if (header.Version < ModelFormat.ImageVersion || header.Storage != ModelStorage.Raw
            || ((nuint)payload % ModelFormat.Alignment != 0 && !UnalignedReadsAreSafe) || length - headerLength < header.PayloadLength)
        {
            using var stream = new UnmanagedMemoryStream(start, length);
            return Read(stream);
        }

        return Guarded(() => ParseImage(payload, header.PayloadLength, owner: null, trusted: true));
    }

    /// <summary>
    /// Whether this processor reads misaligned integers and vectors as it reads aligned ones. A
    /// native executable packs its resources without regard to alignment, so the embedded payload may
    /// start at any address; on these processors it is still read in place.
    /// </summary>
    private static bool UnalignedReadsAreSafe =>
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 or Architecture.Arm64;

    /// <summary>The header's length, from its first 12 bytes (magic and version).</summary>
    /// <summary><paramref name="input"/> from its start again, <paramref name="consumed"/> being what was read of it.</summary>
    private static Stream Rewound(Stream input, ReadOnlySpan<byte> consumed)
    {
        if (input.CanSeek)
        {
            input.Seek(-consumed.Length, SeekOrigin.Current);
            return input;
        }

        var copy = new MemoryStream();
        copy.Write(consumed);
        input.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static int HeaderLength(ReadOnlySpan<byte> start)
    {
        if (start.Length == 0)
        {
            ThrowFormat("The model file is empty.");
        }

        if (start.Length < 8 || !start[..8].SequenceEqual(ModelFormat.Magic))
        {
            ThrowFormat("This is not an EntityExtract model file (wrong magic bytes).");
        }

        if (start.Length < 12)
        {
            ThrowFormat("The model file is truncated (its header is incomplete).");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(start[8..]);
        if (version > ModelFormat.Version)
        {
            ThrowFormat($"The model file has format version {version}, but this EntityExtract reads only up to version {ModelFormat.Version}; use a newer EntityExtract.");
        }

        if (version < ModelFormat.OldestReadable)
        {
            ThrowFormat($"The model file has an invalid format version {version}.");
        }

        return version >= ModelFormat.ImageVersion ? ModelFormat.HeaderLength : ModelFormat.OldHeaderLength;
    }

    private static Header ParseHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength(header))
        {
            ThrowFormat("The model file is truncated (its header is incomplete).");
        }

        var version = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        var storage = ModelStorage.Brotli;
        var fields = header[12..];
        if (version >= ModelFormat.ImageVersion)
        {
            storage = (ModelStorage)BinaryPrimitives.ReadUInt32LittleEndian(fields);
            fields = fields[4..];
            if (storage is not (ModelStorage.Raw or ModelStorage.Brotli))
            {
                ThrowFormat("The model file is corrupt (unknown storage in its header).");
            }
        }

        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(fields);
        var checksum = BinaryPrimitives.ReadUInt64LittleEndian(fields[8..]);
        var storedLength = BinaryPrimitives.ReadInt64LittleEndian(fields[16..]);
        if (payloadLength <= 0 || payloadLength > ModelFormat.MaxPayloadLength || storedLength <= 0 || storedLength > ModelFormat.MaxPayloadLength
            || (storage == ModelStorage.Raw && storedLength != payloadLength))
        {
            ThrowFormat("The model file is corrupt (impossible section lengths in its header).");
        }

        return new Header(version, storage, payloadLength, checksum, storedLength);
    }

    private static EntityTagger Guarded(Func<EntityTagger> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new ModelFormatException("The model file is corrupt (its tables are inconsistent).", ex);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowFormat(string message) => throw new ModelFormatException(message);

    private readonly record struct Header(int Version, ModelStorage Storage, long PayloadLength, ulong Checksum, long StoredLength);
}
