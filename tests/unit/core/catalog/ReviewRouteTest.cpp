#include "CatalogTestSupport.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {
const ReviewRoute &route(const std::string &id)
{
    return *catalog_test::embeddedCatalog().route(id);
}

// Fires `events` in order from the route's initial state; fails the test on a refusal.
std::string walk(const ReviewRoute &r, std::initializer_list<const char *> events)
{
    std::string state = r.initialState();
    for (const char *event : events) {
        const auto step = r.next(state, event);
        EXPECT_TRUE(step.ok()) << state << " --" << event
                               << "--> refused: " << (step.rejection ? step.rejection->message : "");
        state = step.state;
    }
    return state;
}
} // namespace

TEST(ReviewRoute, InstitutionHappyPathEndsApprovedInGroupPassed)
{
    const auto &institution = route("institution");
    const auto state =
        walk(institution, {"submit", "forward_to_employer", "employer_approve", "agency_approve"});
    EXPECT_EQ(state, "approved");
    EXPECT_EQ(institution.displayGroup(state)->label, "通过");
    EXPECT_TRUE(institution.state(state)->terminal);
}

TEST(ReviewRoute, InstitutionDisplayGroups)
{
    const auto &institution = route("institution");
    EXPECT_EQ(institution.displayGroup("draft")->label, "未提交");
    EXPECT_EQ(institution.displayGroup("submitted")->label, "未审核");
    EXPECT_EQ(institution.displayGroup("employer_review")->label, "未审核");
    EXPECT_EQ(institution.displayGroup("agency_review")->label, "未审核");
    EXPECT_EQ(institution.displayGroup("rejected")->label, "未通过");
    EXPECT_EQ(institution.displayGroup("no_such_state"), nullptr);
}

TEST(ReviewRoute, EmployerTimeoutAfter24HoursMovesToAgencyReview)
{
    const auto &institution = route("institution");
    EXPECT_TRUE(institution.timeoutsFrom("submitted").empty());
    const auto timeouts = institution.timeoutsFrom("employer_review");
    ASSERT_EQ(timeouts.size(), 1u);
    EXPECT_EQ(timeouts[0]->event, "employer_timeout");
    EXPECT_EQ(timeouts[0]->afterHours, 24);
    EXPECT_EQ(timeouts[0]->actor, "system");
    EXPECT_EQ(walk(institution, {"submit", "forward_to_employer", "employer_timeout"}), "agency_review");
    EXPECT_TRUE(institution.timeoutsFrom("agency_review").empty());
}

TEST(ReviewRoute, RejectedFilingIsEditableAndCanBeResubmitted)
{
    const auto &institution = route("institution");
    EXPECT_EQ(walk(institution, {"submit", "forward_to_employer", "employer_reject"}), "rejected");
    EXPECT_TRUE(institution.state("rejected")->editable);
    EXPECT_TRUE(institution.transition("employer_review", "employer_reject")->opinionRequired);
    EXPECT_EQ(walk(institution, {"submit", "forward_to_employer", "employer_approve", "agency_reject",
                                 "resubmit", "forward_to_employer", "employer_timeout", "agency_approve"}),
              "approved");
}

TEST(ReviewRoute, InvalidTransitionsAreRejectedWithStableCodes)
{
    const auto &institution = route("institution");
    auto step = institution.next("draft", "agency_approve");
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.rejection->code, "route.invalid_transition");
    EXPECT_EQ(step.state, "draft");
    EXPECT_NE(step.rejection->message.find("保存"), std::string::npos);

    step = institution.next("approved", "resubmit");
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.rejection->code, "route.terminal_state");

    step = institution.next("limbo", "submit");
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.rejection->code, "route.unknown_state");
}

TEST(ReviewRoute, RecognitionWithdrawAllowedOnlyUntilAccepted)
{
    const auto &recognition = route("recognition");
    EXPECT_EQ(walk(recognition, {"submit", "withdraw", "resubmit"}), "submitted");
    const auto accepted = walk(recognition, {"submit", "accept"});
    EXPECT_FALSE(recognition.next(accepted, "withdraw").ok());
    EXPECT_EQ(walk(recognition, {"submit", "accept", "start_investigation", "conclude"}), "concluded");
    EXPECT_EQ(recognition.transition("investigating", "conclude")->conclusionDictionary,
              "recognition_conclusion");
    EXPECT_NE(catalog_test::embeddedCatalog().dictionary("recognition_conclusion"), nullptr);
}

TEST(ReviewRoute, AppraisalEndsWithDocumentSignedFor)
{
    const auto &appraisal = route("appraisal");
    EXPECT_EQ(walk(appraisal, {"submit", "accept", "conclude", "sign_for_document"}), "document_signed");
    EXPECT_EQ(walk(appraisal, {"submit", "reject", "resubmit", "accept"}), "accepted");
    EXPECT_FALSE(appraisal.next("draft", "conclude").ok());
}

TEST(ReviewRoute, EveryRouteStartsInAnEditableDraft)
{
    for (const auto &r : catalog_test::embeddedCatalog().routes()) {
        EXPECT_EQ(r.initialState(), "draft") << r.id();
        EXPECT_TRUE(r.state("draft")->editable) << r.id();
        for (const auto &state : r.states())
            EXPECT_NE(r.displayGroup(state.id), nullptr) << r.id() << "/" << state.id;
    }
}
