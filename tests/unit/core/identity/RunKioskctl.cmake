# cmake -DKIOSKCTL=... -DARGUMENTS=<args joined by ASCII 31> -DEXPECTED_EXIT=n -DEXPECTED_OUTPUT=<regex> -P RunKioskctl.cmake
# Runs kioskctl once and fails unless the exit code is exactly EXPECTED_EXIT and stdout+stderr
# match EXPECTED_OUTPUT. (WILL_FAIL could not tell exit 1 from exit 2.)
string(ASCII 31 separator)
string(REPLACE "${separator}" ";" arguments "${ARGUMENTS}")
execute_process(COMMAND "${KIOSKCTL}" ${arguments}
                RESULT_VARIABLE exitCode OUTPUT_VARIABLE output ERROR_VARIABLE errors)
set(all "${output}${errors}")
if(NOT exitCode STREQUAL EXPECTED_EXIT)
  message(FATAL_ERROR "kioskctl ${arguments}: exit ${exitCode}, expected ${EXPECTED_EXIT}\n${all}")
endif()
if(NOT all MATCHES "${EXPECTED_OUTPUT}")
  message(FATAL_ERROR "kioskctl ${arguments}: output does not match '${EXPECTED_OUTPUT}'\n${all}")
endif()
message(STATUS "kioskctl ${arguments}: exit ${exitCode} as expected")
