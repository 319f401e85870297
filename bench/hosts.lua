-- wrk script for the many-sites configuration: each request goes to a random site.
--
-- Usage: wrk ... -s bench/hosts.lua URL -- FILE
--
-- FILE has one line per site, "HOST PATH" (bench/run.py writes it): the Host header
-- names the site (the commune's host name; wrk still connects to URL's address) and
-- PATH is the endpoint's path on that site. Requests are formatted once in init, so a
-- request costs wrk one random number, not a string build.

requests = {}

function setup(thread)
   thread:set("thread_seed", #requests + math.random(1, 1000000))
end

function init(args)
   local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
   for line in file:lines() do
      local host, path = line:match("^(%S+)%s+(%S+)$")
      if host then
         wrk.headers["Host"] = host
         table.insert(requests, wrk.format(nil, path))
      end
   end
   file:close()
   assert(#requests > 0, "no \"HOST PATH\" line in " .. args[1])
   math.randomseed(os.time() + (thread_seed or 0))
end

function request()
   return requests[math.random(#requests)]
end
