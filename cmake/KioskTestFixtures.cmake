# Test fixtures for daemons: each daemon is started once per test run by a CTest fixture
# setup test, stopped by the PID it wrote, and tests that need it name the fixture.
#
#   kiosk_add_daemon_fixture(<name>
#       COMMAND <argv...>            # the daemon, run in the foreground by the wrapper
#       [READY_FILE <path>]          # wait until this path exists (a socket, a port file)
#       [RESOURCE_LOCK <locks...>])  # machine-wide resources it occupies (see below)
#
# Tests then set `FIXTURES_REQUIRED <name>`. The run directory for the daemon's PID file and
# log is ${CMAKE_BINARY_DIR}/test-run/<name>/.
#
# Resource locks name things that are global on the machine, so that CTest never runs two
# tests that touch them at once: `system_dbus` (the system bus and avahi used by
# ippeveprinter), `cupsd` (the CUPS scheduler). Tests that only use their own daemons on
# ports they pick need no lock.
set(KIOSK_DAEMON_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/../tests/fixtures/daemon.sh")

function(kiosk_add_daemon_fixture name)
  cmake_parse_arguments(ARG "" "READY_FILE" "COMMAND;RESOURCE_LOCK" ${ARGN})
  set(run_dir "${CMAKE_BINARY_DIR}/test-run/${name}")
  set(ready_args)
  if(ARG_READY_FILE)
    set(ready_args --ready "${ARG_READY_FILE}")
  endif()
  add_test(NAME fixture.${name}.start
           COMMAND bash "${KIOSK_DAEMON_SCRIPT}" start "${run_dir}" ${ready_args} -- ${ARG_COMMAND})
  add_test(NAME fixture.${name}.stop COMMAND bash "${KIOSK_DAEMON_SCRIPT}" stop "${run_dir}")
  set_tests_properties(fixture.${name}.start PROPERTIES FIXTURES_SETUP ${name} TIMEOUT 60)
  set_tests_properties(fixture.${name}.stop PROPERTIES FIXTURES_CLEANUP ${name} TIMEOUT 30)
  if(ARG_RESOURCE_LOCK)
    set_tests_properties(fixture.${name}.start fixture.${name}.stop
                         PROPERTIES RESOURCE_LOCK "${ARG_RESOURCE_LOCK}")
  endif()
endfunction()
