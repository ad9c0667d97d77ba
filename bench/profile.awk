# Summarises `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample` for the import thread ("import-*"):
# which layer owns each sample (the first frame from the top that is not the JDK's own) and which of the server's
# methods were on the stack (the three innermost org.harambee frames), and which step of the import.
function layer(frame) {
  if (frame ~ /^org\.h2\./) return "H2 engine"
  if (frame ~ /^org\.postgresql\./) return "PostgreSQL JDBC driver (incl. waiting for the server)"
  if (frame ~ /^org\.harambee\./) return "Harambee code"
  if (frame ~ /^org\.springframework\./) return "Spring"
  if (frame ~ /^com\.zaxxer\./) return "HikariCP"
  if (frame ~ /^tools\.jackson\.|^com\.fasterxml\./) return "Jackson"
  split(frame, p, "."); return "other: " p[1] "." p[2]
}
function short(frame) {
  sub(/ line:.*/, "", frame)
  sub(/\(.*\)/, "", frame)
  return frame
}
# The import step a stack belongs to: the innermost frame that names one.
function step(   i, j) {
  for (i = 1; i <= n; i++)
    if (index(frames[i], "org.harambee.geography.importing.ImportRun.inOwnTransaction") == 1)
      return "job row updates (progress, phase)"
  for (i = 1; i <= n; i++)
    for (j = 1; j <= nSteps; j++)
      if (index(frames[i], stepFrame[j]) == 1) return stepName[j]
  return "other"
}
BEGIN {
  nSteps = split("ImportJobStore.|Batches.insertUnits|Batches.updateUnits|Batches.replaceNames|Batches.history|" \
    "Batches.updatePaths|UnitPaths.|UnitWriter.computePaths|UnitWriter.createCountries|UnitWriter.write|" \
    "HierarchyValidator.|" \
    "CycleFinder.|Snapshot.load|UnitFileParser.parse|java.nio.file.Files.readAllBytes|" \
    "org.springframework.transaction.support.AbstractPlatformTransactionManager.commit", stepFrame, "|")
  split("job row updates (progress, phase)|write: insert units|write: update units|write: names|" \
    "write: history|write: subtree paths|write: compute paths|write: compute paths|write: countries and levels|" \
    "write: diff against the snapshot|validate|validate: cycles|load the snapshot of stored units|" \
    "read: parse the CSV|read: load the file|commit of the import transaction", stepName, "|")
  for (j = 1; j <= nSteps; j++)
    if (stepFrame[j] !~ /^(java|org)\./) stepFrame[j] = "org.harambee.geography.importing." stepFrame[j]
}
/^jdk\.(ExecutionSample|NativeMethodSample) \{/ {
  kind = ($0 ~ /Native/) ? "native" : "java"; keep = 0; n = 0; inStack = 0; next
}
/^  sampledThread = "import-/ { keep = 1; next }
/^  stackTrace = \[/ { inStack = 1; next }
inStack && /^  \]/ {
  inStack = 0
  if (!keep || n == 0) next
  total++; byKind[kind]++
  owner = ""; chain = ""; found = 0
  for (i = 1; i <= n; i++) {
    if (owner == "" && frames[i] !~ /^(java|jdk|sun|com\.sun)\./) owner = layer(frames[i])
    if (frames[i] ~ /^org\.harambee\./ && found < 3) { chain = chain (found ? " < " : "") frames[i]; found++ }
  }
  if (owner == "") owner = "JDK only"
  if (kind == "native") owner = owner " [in native code]"
  byOwner[owner]++
  byChain[(chain == "" ? "(no Harambee frame)" : chain)]++
  byTop[frames[1]]++
  byStep[step()]++
  next
}
inStack {
  line = $0; sub(/^ +/, "", line)
  if (line != "...") frames[++n] = short(line)
  next
}
END {
  if (total == 0) { print "no samples of the import thread"; exit }
  printf "%d samples of the import thread (%d running Java, %d in native code)\n\n", total, byKind["java"],
    byKind["native"]
  print "by import step (innermost frame naming one):"
  for (k in byStep) printf "  %5.1f%%  %s\n", 100 * byStep[k] / total, k | "sort -rn"
  close("sort -rn")
  print "\nby layer (first non-JDK frame):"
  for (k in byOwner) printf "  %5.1f%%  %s\n", 100 * byOwner[k] / total, k | "sort -rn"
  close("sort -rn")
  print "\nby server method (innermost Harambee frames):"
  for (k in byChain) printf "  %5.1f%%  %s\n", 100 * byChain[k] / total, k | "sort -rn | head -n 15"
  close("sort -rn | head -n 15")
  print "\nby top frame:"
  for (k in byTop) printf "  %5.1f%%  %s\n", 100 * byTop[k] / total, k | "sort -rn | head -n 12"
  close("sort -rn | head -n 12")
}
