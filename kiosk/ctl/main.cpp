// kioskctl: the terminal's provisioning and diagnostics command line (DESIGN.md §8).
#include "kiosk/ctl/Dispatcher.h"
#include "kiosk/ctl/IdNoun.h"
#include "kiosk/ctl/UsccNoun.h"

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
    try {
        kiosk::ctl::Dispatcher dispatcher;
        dispatcher.add(std::make_unique<kiosk::ctl::IdNoun>());
        dispatcher.add(std::make_unique<kiosk::ctl::UsccNoun>());
        const std::vector<std::string> arguments(argv + 1, argv + argc);
        return dispatcher.run(arguments, std::cout, std::cerr);
    } catch (const std::exception &error) {
        // Never a crash on bad input; an unexpected failure still gets a message and a code.
        std::cerr << "kioskctl: 内部错误：" << error.what() << "\n";
        return 3;
    }
}
