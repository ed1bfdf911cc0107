using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Tagging.Memory;

/// <summary>
/// A read-only array of a model table that may live outside the managed heap: in the embedded
/// model image, which the operating system maps from the executable and pages in only where a
/// lookup lands, or in a pinned array (a model read from a file, or one just trained). Loading
/// the default model therefore copies nothing and builds nothing; a run over one small file
/// touches a few hundred pages of it.
/// </summary>
/// <remarks>
/// The memory behind the pointer never moves and lives as long as the block: the embedded image
/// for the life of the process, a pinned array for as long as <see cref="_owner"/> references it.
/// </remarks>
internal readonly unsafe struct ModelBlock<T>
    where T : unmanaged
{
    private readonly T* _pointer;
    private readonly object? _owner;

    private ModelBlock(T* pointer, int length, object? owner)
    {
        _pointer = pointer;
        Length = length;
        _owner = owner;
    }

    public int Length { get; }

    /// <summary>Whether the block is a view of memory the process did not allocate for it (the mapped executable).</summary>
    public bool InPlace => _owner is null;

    public ReadOnlySpan<T> Span => new(_pointer, Length);

    /// <summary>The first element, for vector loads at computed offsets; callers keep within <see cref="Length"/> and never write (the embedded image is mapped read-only).</summary>
    public ref T Start => ref Unsafe.AsRef<T>(_pointer);

    /// <summary>A copy of <paramref name="values"/> in pinned memory.</summary>
    public static ModelBlock<T> Copy(ReadOnlySpan<T> values)
    {
        var pinned = GC.AllocateUninitializedArray<T>(values.Length, pinned: true);
        values.CopyTo(pinned);
        return Pinned(pinned);
    }

    /// <summary>A block over an array allocated with <c>pinned: true</c>.</summary>
    public static ModelBlock<T> Pinned(T[] pinned) =>
        new((T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)), pinned.Length, pinned);

    /// <summary>A block over <paramref name="length"/> elements at <paramref name="pointer"/>, kept alive by <paramref name="owner"/> (null: memory that lives as long as the process).</summary>
    public static ModelBlock<T> At(byte* pointer, int length, object? owner) => new((T*)pointer, length, owner);
}
