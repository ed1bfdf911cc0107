# Sourced by the benchmark scripts (from the repository root): sets $bin to the entity-extract
# binary to measure: $ENTITY_EXTRACT when set, else the fast binary in artifacts/fast/ when it
# has been built (README "The fast binary"), else a Release build made here.
if [[ -n ${ENTITY_EXTRACT:-} ]]; then
  bin=$ENTITY_EXTRACT
elif [[ -x artifacts/fast/entity-extract ]]; then
  bin=artifacts/fast/entity-extract
else
  dotnet build src/EntityExtract.Cli -c Release -v quiet -nologo >&2
  bin=src/EntityExtract.Cli/bin/Release/net10.0/entity-extract
fi
bin=$(realpath "$bin")
