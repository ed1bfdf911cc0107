namespace EntityExtract.Tagging.Contextual;

/// <summary>Takes the encoder's vector of each token of a document, in token order.</summary>
internal interface IVectorSink
{
    void Take(int token, ReadOnlySpan<float> vector);
}
