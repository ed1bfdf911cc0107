namespace EntityExtract.Input.Documents;

/// <summary>
/// Where each page of a PDF begins in its extracted text, in code points (the unit of a row's
/// <c>start</c>), so a mention's page is found from its offset alone, whichever piece it is in.
/// </summary>
public sealed class PageMap(long[] starts)
{
    public int Count => starts.Length;

    /// <summary>
    /// The 1-based page holding code point <paramref name="offset"/>: the last page starting at
    /// or before it (an empty page starts where the next one does and holds nothing).
    /// </summary>
    public int PageAt(long offset)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Max(low, 1);
    }
}
