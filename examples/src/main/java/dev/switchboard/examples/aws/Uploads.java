package dev.switchboard.examples.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.ArrayList;
import java.util.List;

/** An S3 notification handler: lists the objects an event created or removed, keys URL-decoded. */
public class Uploads {
  @LambdaHandler("s3-uploads")
  public List<String> handle(S3Event event, Context context) {
    List<String> seen = new ArrayList<>();
    for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
      S3EventNotification.S3Entity s3 = record.getS3();
      String line = record.getEventName() + " s3://" + s3.getBucket().getName() + "/" + s3.getObject().getUrlDecodedKey()
          + " (" + s3.getObject().getSizeAsLong() + " bytes) at " + record.getEventTime();
      context.getLogger().log(line);
      seen.add(line);
    }
    return seen;
  }
}
