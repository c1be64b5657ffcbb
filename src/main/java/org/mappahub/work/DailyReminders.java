package org.mappahub.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the daily digest at {@code mappa.reminders.cron} (default 07:00), London time — only where e-mail is
 * configured ({@code spring.mail.host}); otherwise no job is scheduled at all.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
class DailyReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DailyReminders.class);

    private final WorkDigest digest;

    DailyReminders(WorkDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${mappa.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    void send() {
        WorkDigest.Outcome outcome = digest.sendAll();
        LOG.info("Daily reminders: {} sent, {} with nothing to do, {} failed", outcome.sent(), outcome.nothingToDo(),
                outcome.failed());
    }
}
