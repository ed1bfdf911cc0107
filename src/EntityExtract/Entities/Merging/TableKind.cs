namespace EntityExtract.Entities.Merging;

/// <summary>The entity tables that <c>merge</c> combines, told apart by their columns.</summary>
public enum TableKind
{
    /// <summary><c>--group file</c>: <c>file,type,entity,mentions,first_line,first_start,names</c>.</summary>
    File,

    /// <summary><c>--group corpus</c>: <c>type,entity,mentions,files,names</c>.</summary>
    Corpus,

    /// <summary><c>--group pairs</c>: <c>type1,entity1,type2,entity2,sentences,files</c>.</summary>
    Pairs,
}
