-- wrk script: POST one opportunity (the first shipped sample) to /decisions on every request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local sample = io.open(os.getenv("SAMPLE") or "src/main/resources/samples/opportunities.jsonl"):read("*l")
wrk.body = sample
