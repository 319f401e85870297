-- wrk script for the view beacon: POST {"page": ID} as navigator.sendBeacon does.
--
-- Usage: wrk ... -s bench/beacon.lua URL -- PAGE_ID RUN_NUMBER REPEAT
--
-- Every visitor has an address of its own (X-Forwarded-For; bench/run.py trusts
-- 127.0.0.1 as a proxy so the portal believes it) and sends REPEAT beacons for
-- the page, one after the other: the first must be counted, the others not (a
-- reload within the dedupe window). Addresses never repeat across threads or
-- runs (RUN_NUMBER), so each run starts from visitors the portal has not seen.
-- At the end it prints how many beacons and distinct visitors were sent, for
-- bench/run.py to compare with the views the database counted.

-- Globals, not locals: thread:set and thread:get reach only globals of a thread's Lua state.
threads = {}
counter = 0
run = 0
repeat_each = 2
thread_no = 0

function setup(thread)
   thread:set("thread_no", #threads)
   table.insert(threads, thread)
end

function init(args)
   local page = args[1] or "1"
   run = tonumber(args[2] or "0")
   repeat_each = tonumber(args[3] or "2")
   wrk.method = "POST"
   wrk.body = '{"page": ' .. page .. '}'
   wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
end

function request()
   local visitor = math.floor(counter / repeat_each)
   counter = counter + 1
   -- 2^21 visitors per thread and run; addresses from 16.0.0.0 up (documentation-only use).
   local n = (run * 8 + thread_no) * 2097152 + visitor
   local a = 16 + math.floor(n / 16777216)
   local b = math.floor(n / 65536) % 256
   local c = math.floor(n / 256) % 256
   local d = n % 256
   wrk.headers["X-Forwarded-For"] = a .. "." .. b .. "." .. c .. "." .. d
   return wrk.format()
end

function done(summary, latency, requests)
   local sent, visitors = 0, 0
   for _, thread in ipairs(threads) do
      local count = thread:get("counter")
      sent = sent + count
      visitors = visitors + math.ceil(count / repeat_each)
   end
   io.write(string.format("BEACON sent=%d visitors=%d\n", sent, visitors))
end
