namespace EntityExtract.Tagging.Labels;

/// <summary>The four CoNLL entity classes. The numeric values are part of the model file format.</summary>
public enum EntityType : byte
{
    Person = 0,
    Location = 1,
    Organization = 2,
    Misc = 3,
}
