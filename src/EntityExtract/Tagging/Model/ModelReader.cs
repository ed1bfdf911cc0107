using System.Buffers.Binary;
using System.IO.Compression;

namespace EntityExtract.Tagging.Model;

/// <summary>
/// Reads <see cref="ModelFormat"/>. Every failure (empty, truncated, wrong magic, newer version,
/// damaged compression, checksum mismatch, inconsistent tables) becomes a
/// <see cref="ModelFormatException"/> with a message a user can act on.
/// </summary>
internal static partial class ModelReader
{
    public static EntityTagger Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<byte> header = stackalloc byte[ModelFormat.HeaderLength];
        var headerRead = input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (headerRead == 0)
        {
            ThrowFormat("The model file is empty.");
        }

        if (headerRead < 8 || !header[..8].SequenceEqual(ModelFormat.Magic))
        {
            ThrowFormat("This is not an EntityExtract model file (wrong magic bytes).");
        }

        if (headerRead < header.Length)
        {
            ThrowFormat("The model file is truncated (its header is incomplete).");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        if (version > ModelFormat.Version)
        {
            ThrowFormat($"The model file has format version {version}, but this EntityExtract reads only up to version {ModelFormat.Version}; use a newer EntityExtract.");
        }

        if (version < ModelFormat.OldestReadable)
        {
            ThrowFormat($"The model file has an invalid format version {version}.");
        }

        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
        var checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[20..]);
        var compressedLength = BinaryPrimitives.ReadInt64LittleEndian(header[28..]);
        if (payloadLength <= 0 || payloadLength > ModelFormat.MaxPayloadLength || compressedLength <= 0 || compressedLength > ModelFormat.MaxPayloadLength)
        {
            ThrowFormat("The model file is corrupt (impossible section lengths in its header).");
        }

        var compressed = new byte[compressedLength];
        if (input.ReadAtLeast(compressed, compressed.Length, throwOnEndOfStream: false) < compressed.Length)
        {
            ThrowFormat("The model file is truncated.");
        }

        var payload = new byte[payloadLength];
        if (!BrotliDecoder.TryDecompress(compressed, payload, out var written) || written != payloadLength)
        {
            ThrowFormat("The model file is corrupt (its compressed data cannot be decoded).");
        }

        if (ModelFormat.Checksum(payload) != checksum)
        {
            ThrowFormat("The model file is corrupt (checksum mismatch).");
        }

        try
        {
            return ParsePayload(payload, (int)version);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new ModelFormatException("The model file is corrupt (its tables are inconsistent).", ex);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowFormat(string message) => throw new ModelFormatException(message);
}
