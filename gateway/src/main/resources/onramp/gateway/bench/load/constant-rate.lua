-- Constant-rate load for wrk (Debian ships wrk, not wrk2). Each wrk thread keeps a schedule of send
-- times, one every `period` ms; a connection that comes free waits (delay()) for the next unclaimed
-- slot. While some connection is free at each slot the rate is the asked one whatever the latency
-- (open loop); when every connection is busy a slot is taken late, and that wait is not in wrk's
-- latency (it measures from the actual send), so late slots are counted and reported.
-- Arguments after "--": period in ms per thread, the request body's file, the x-api-key value.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } onramp_timespec;
int clock_gettime(int clock, onramp_timespec *tp);
]]
local ts = ffi.new("onramp_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  period = tonumber(args[1])
  local f = assert(io.open(args[2], "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["content-type"] = "application/json"
  wrk.headers["anthropic-version"] = "2023-06-01"
  wrk.headers["x-api-key"] = args[3]
  wrk.headers["x-data-class"] = "CUSTOMER"
  late = 0
  max_late = 0
  math.randomseed(tonumber(tostring({}):match("0x(%x+)") or "7", 16) % 2147483647)
end

function delay()
  local now = now_ms()
  if next_slot == nil then
    next_slot = now + math.random() * period -- the threads' schedules interleave
  end
  local slot = next_slot
  next_slot = slot + period
  local wait = slot - now
  if wait < -1 then
    late = late + 1
    if -wait > max_late then
      max_late = -wait
    end
  end
  if wait <= 0 then
    return 0
  end
  return math.floor(wait + 0.5)
end

function done(summary, latency, requests)
  local late_total, late_max = 0, 0
  for _, t in ipairs(threads) do
    late_total = late_total + (t:get("late") or 0)
    local m = t:get("max_late") or 0
    if m > late_max then
      late_max = m
    end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"duration_us":%d,"requests":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,'
      .. '"write_errors":%d,"status_errors":%d,"timeouts":%d,"mean_us":%.1f,"p50_us":%d,'
      .. '"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"late_slots":%d,"max_late_ms":%.1f}\n',
    summary.duration, summary.requests, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max, late_total, late_max))
end
