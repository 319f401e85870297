-- wrk script for traffic like real traffic: each request a path of a file (bench/traffic.py).
--
-- Usage: wrk ... -s bench/paths.lua URL -- FILE [random|walk]
--
-- FILE has one path a line (bench/run.py writes it from the generated database). random picks a
-- line per request; walk steps through the file from a random line (a thread repeats a path only
-- after the whole file), for searches and sync queries that should not repeat. Requests are
-- formatted once in init, so a request costs wrk a random number or a step, not a string build.

requests = {}
mode = "random"
position = 0

function setup(thread)
   thread:set("thread_seed", math.random(1, 1000000))
end

function init(args)
   local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
   for line in file:lines() do
      local path = line:match("^(%S+)$")
      if path then
         table.insert(requests, wrk.format(nil, path))
      end
   end
   file:close()
   assert(#requests > 0, "no path in " .. args[1])
   mode = args[2] or "random"
   assert(mode == "random" or mode == "walk", "mode must be random or walk, not " .. mode)
   math.randomseed(os.time() + (thread_seed or 0))
   position = math.random(#requests) - 1
end

function request()
   if mode == "walk" then
      position = position % #requests + 1
      return requests[position]
   end
   return requests[math.random(#requests)]
end
